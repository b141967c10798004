package nl.casustafel.identity;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

  /** The tenant's people by name, with their organisation and roles. */
  public List<StaffMember> members(CurrentUser user) {
    TenantId tenant = entered(user, "mensen bekijken");
    return people.members(tenant).stream()
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
    TenantId tenant = entered(user, "persoon uitnodigen");
    Partner partner = partnerOf(tenant, organisation);
    grantable(role);
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
    changes.record(
        tenant, user, "Persoon uitgenodigd: " + person.email(), "-", partner.getId() + " " + role);
    return subject;
  }

  /** Gives a person of the tenant another role, from their next sign-in on. */
  public void grant(CurrentUser user, String subject, Role role) {
    TenantId tenant = entered(user, "rol toekennen");
    grantable(role);
    StaffMember member = memberOf(tenant, subject);
    people.join(subject, tenant, role);
    standing.restore(subject, tenant, role);
    changes.record(
        tenant, user, "Rol toegekend aan " + member.username(), roles(member), role.name());
  }

  /** Takes a role away: from the person's next request on, whatever their token still says. */
  public void revoke(CurrentUser user, String subject, Role role) {
    TenantId tenant = entered(user, "rol intrekken");
    StaffMember member = memberOf(tenant, subject);
    people.leave(subject, tenant, role);
    standing.revoke(subject, tenant, role, clock.instant());
    changes.record(
        tenant, user, "Rol ingetrokken bij " + member.username(), roles(member), role.name());
  }

  /**
   * Takes every role in the tenant away, from the person's next request on. Their account stays:
   * they may work in another region.
   */
  public void remove(CurrentUser user, String subject) {
    TenantId tenant = entered(user, "persoon verwijderen");
    StaffMember member = memberOf(tenant, subject);
    for (Role role : member.roles()) {
      people.leave(subject, tenant, role);
      standing.revoke(subject, tenant, role, clock.instant());
    }
    changes.record(tenant, user, "Persoon verwijderd: " + member.username(), roles(member), "-");
  }

  private TenantId entered(CurrentUser user, String what) {
    TenantId tenant = context.current().orElseThrow();
    changes.refuseIf(tenant, user, PDP.refusalToKeepTenant(user, tenant), what);
    return tenant;
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
    return people.members(tenant).stream()
        .filter(m -> m.subject().equals(subject))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No such person in this region."));
  }

  private static void grantable(Role role) {
    if (role == null || role == Role.PLATFORM_ADMIN) {
      throw new IllegalArgumentException("role must be one of the region's roles.");
    }
  }

  private static String roles(StaffMember member) {
    return member.roles().stream()
        .map(Role::name)
        .sorted()
        .reduce((a, b) -> a + "," + b)
        .orElse("-");
  }
}
