package nl.casustafel.identity;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.audit.AdminLog;
import nl.casustafel.partner.Partner;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.tenant.Tenant;
import nl.casustafel.tenant.TenantDirectory;
import nl.casustafel.tenant.TenantId;

/**
 * The ZVH manager's work on people (issue #15, part 3): invite a person by e-mail into one of the
 * tenant's organisations with a role; grant and take away roles; remove a person from the tenant.
 * Keycloak holds the people; a role taken away also counts from the person's next request through
 * {@link Standing}, whatever their token still says. Every change is recorded in the tenant's log.
 */
@Stateless
public class Staff {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @Inject private TenantContext context;
  @Inject private Clock clock;
  @EJB private TenantDirectory tenants;
  @EJB private People people;
  @EJB private Standing standing;
  @EJB private AdminLog changes;

  /**
   * The tenant's people by name, with their organisation and roles: all of them for the ZVH
   * manager, those of their own organisation for a partner's coordinator.
   */
  public List<StaffMember> members(CurrentUser user) {
    TenantId tenant = entered(user, user.partner(), "mensen bekijken");
    boolean manager = PDP.refusalToKeepTenant(user, tenant).isEmpty();
    return people.members(tenant).stream()
        .filter(m -> manager || organisationOf(m).equals(user.partner()))
        .sorted(Comparator.comparing(StaffMember::name).thenComparing(StaffMember::username))
        .toList();
  }

  /**
   * Invites the person into the organisation with the role: Keycloak makes the account (if the
   * e-mail address has none yet) and mails the link to set a password.
   *
   * @return the person's subject
   * @throws IllegalArgumentException when the organisation does not work in the tenant, the role is
   *     the platform admin's, or the address is not of the organisation's e-mail domain
   */
  public String invite(CurrentUser user, NewPerson person, PartnerId organisation, Role role) {
    TenantId tenant = entered(user, Optional.of(organisation), "persoon uitnodigen");
    Partner partner = partnerOf(tenant, organisation);
    grantable(user, tenant, role, Optional.of(organisation));
    partner
        .emailDomain()
        .filter(domain -> !domain.equalsIgnoreCase(person.domain()))
        .ifPresent(
            domain -> {
              throw new IllegalArgumentException(
                  "email must be an address of " + partner.getName() + " (@" + domain + ").");
            });
    String subject = people.invite(tenant, partner, person, role);
    standing.restore(subject, tenant, role);
    // The log names the person by their subject, not their address: the chain is never erased.
    changes.record(
        tenant, user, "Persoon uitgenodigd: " + subject, "-", partner.getId() + " " + role);
    return subject;
  }

  /** Gives a person of the tenant another role, from their next sign-in on. */
  public void grant(CurrentUser user, String subject, Role role) {
    entered(
        user,
        user.partner(),
        "rol toekennen"); // keeps anyone at all, before the person is looked up
    StaffMember member = memberOf(current(), subject);
    TenantId tenant = entered(user, organisationOf(member), "rol toekennen");
    grantable(user, tenant, role, organisationOf(member));
    standing.restore(subject, tenant, role);
    changes.record(
        tenant,
        user,
        "Rol toegekend aan " + subject,
        roles(member.roles()),
        roles(with(member, role)));
    people.join(subject, tenant, role); // Keycloak last: a failure before it changed nothing there.
  }

  /** Takes a role away: from the person's next request on, whatever their token still says. */
  public void revoke(CurrentUser user, String subject, Role role) {
    entered(
        user,
        user.partner(),
        "rol intrekken"); // keeps anyone at all, before the person is looked up
    List<StaffMember> everyone = people.members(current()); // once: the person and the managers
    StaffMember member = memberOf(everyone, subject);
    TenantId tenant = entered(user, organisationOf(member), "rol intrekken");
    Set<Role> left = without(member.roles(), Set.of(role));
    keepAManager(everyone, subject, left);
    standing.revoke(subject, tenant, role, clock.instant());
    changes.record(
        tenant, user, "Rol ingetrokken bij " + subject, roles(member.roles()), roles(left));
    people.leave(
        subject, tenant, role); // Keycloak last: a failure before it changed nothing there.
  }

  /**
   * Takes every role in the tenant away, from the person's next request on. Their account stays:
   * they may work in another region.
   */
  public void remove(CurrentUser user, String subject) {
    entered(
        user,
        user.partner(),
        "persoon verwijderen"); // keeps anyone at all, before the person is looked up
    List<StaffMember> everyone = people.members(current()); // once: the person and the managers
    StaffMember member = memberOf(everyone, subject);
    TenantId tenant = entered(user, organisationOf(member), "persoon verwijderen");
    keepAManager(everyone, subject, Set.of());
    // Every tenant role, not only those Keycloak lists now: a role left behind by an earlier
    // attempt that failed half-way is revoked too.
    for (Role role : Role.tenantRoles()) {
      standing.revoke(subject, tenant, role, clock.instant());
    }
    changes.record(tenant, user, "Persoon verwijderd: " + subject, roles(member.roles()), "-");
    for (Role role : member.roles()) {
      people.leave(subject, tenant, role); // Keycloak last, as in revoke.
    }
  }

  /**
   * A region keeps at least one ZVH manager: without one nobody can keep it, and nothing in the
   * product brings one back.
   *
   * @throws IllegalStateException (409) when the change would leave the region without a manager
   */
  private static void keepAManager(List<StaffMember> everyone, String subject, Set<Role> left) {
    boolean othersManage =
        everyone.stream()
            .anyMatch(m -> !m.subject().equals(subject) && m.roles().contains(Role.ZVH_MANAGER));
    if (!othersManage && !left.contains(Role.ZVH_MANAGER)) {
      throw new IllegalStateException("The region keeps at least one ZVH manager.");
    }
  }

  /** The tenant, if the user may keep the people of the organisation in it (else refused). */
  private TenantId entered(CurrentUser user, Optional<PartnerId> organisation, String what) {
    TenantId tenant = current();
    changes.refuseIf(tenant, user, PDP.refusalToKeepPeopleOf(user, tenant, organisation), what);
    return tenant;
  }

  private TenantId current() {
    return context.current().orElseThrow();
  }

  private static Optional<PartnerId> organisationOf(StaffMember member) {
    return Optional.of(member.organisation()).filter(o -> !o.isEmpty()).map(PartnerId::new);
  }

  private Partner partnerOf(TenantId tenant, PartnerId organisation) {
    Optional<Tenant> found = tenants.find(tenant);
    return found
        .flatMap(t -> t.partner(organisation))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "organisation " + organisation + " does not work in this region."));
  }

  private StaffMember memberOf(TenantId tenant, String subject) {
    return memberOf(people.members(tenant), subject);
  }

  private static StaffMember memberOf(List<StaffMember> everyone, String subject) {
    return everyone.stream()
        .filter(m -> m.subject().equals(subject))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No such person in this region."));
  }

  /**
   * A region's roles only; the ZVH's own roles (manager, director, coordinator, auditor) only for
   * people of the region's own ZVH organisation (DOMAIN.md, roles): a police officer is never the
   * ZVH's manager, who may make the access report of any person.
   */
  private void grantable(
      CurrentUser user, TenantId tenant, Role role, Optional<PartnerId> organisation) {
    if (role == null || role == Role.PLATFORM_ADMIN) {
      throw new IllegalArgumentException("role must be one of the region's roles.");
    }
    if (role.ofTheZvhItself() && PDP.refusalToKeepTenant(user, tenant).isPresent()) {
      // A partner's coordinator keeps colleagues, never the ZVH's own roles.
      throw new IllegalArgumentException("role " + role + " is given by the ZVH manager only.");
    }
    boolean own =
        tenants
            .find(tenant)
            .flatMap(Tenant::ownPartner)
            .filter(o -> organisation.equals(Optional.of(o)))
            .isPresent();
    if (role.ofTheZvhItself() && !own) {
      throw new IllegalArgumentException(
          "role " + role + " is for people of the region's own ZVH organisation.");
    }
  }

  private static Set<Role> with(StaffMember member, Role role) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(member.roles());
    roles.add(role);
    return roles;
  }

  private static Set<Role> without(Set<Role> roles, Set<Role> taken) {
    Set<Role> left = EnumSet.noneOf(Role.class);
    left.addAll(roles);
    left.removeAll(taken);
    return left;
  }

  private static String roles(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().reduce((a, b) -> a + "," + b).orElse("-");
  }
}
