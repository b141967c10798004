package nl.casustafel.tenant;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.casustafel.audit.AdminLog;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.People;
import nl.casustafel.partner.Partner;
import nl.casustafel.partner.PartnerKind;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.PolicyDecisionPoint;

/**
 * The platform admin's work on regions (issue #15, part 1): onboard a ZVH tenant with its own
 * organisation, municipalities and first manager; suspend and resume it. The platform admin sees a
 * tenant's set-up, never its case content. Each change is the first (or next) event of the tenant's
 * own hash chain.
 */
@Stateless
public class Onboarding {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @EJB private AdminLog changes;
  @EJB private People people;

  /**
   * Every tenant by name, with its status and set-up; no case content.
   *
   * @throws AccessRefused unless the user is the platform admin
   */
  public List<Tenant> tenants(CurrentUser user) {
    refuseUnlessPlatformAdmin(user);
    return em.createQuery("SELECT t FROM Tenant t ORDER BY t.name, t.id", Tenant.class)
        .getResultList();
  }

  /**
   * Creates the tenant, its own organisation (or links the one that exists), its groups and its
   * first manager in Keycloak, who receives the invitation to set a password. Keycloak is changed
   * before this transaction commits: if it refuses, nothing is stored; its groups and organisation
   * are made idempotently, so trying again after a failure is safe.
   *
   * @throws AccessRefused unless the user is the platform admin
   * @throws IllegalStateException (409) when a tenant with that id exists
   */
  public Tenant onboard(CurrentUser user, NewTenant spec) {
    refuseUnlessPlatformAdmin(user);
    if (em.find(Tenant.class, spec.id().value()) != null) {
      throw new IllegalStateException("A tenant with id " + spec.id() + " exists.");
    }
    Partner own =
        Optional.ofNullable(em.find(Partner.class, spec.ownPartner().value()))
            .orElseGet(() -> persisted(spec));
    Tenant tenant = new Tenant(spec.id(), spec.name());
    tenant.runBy(own);
    tenant.coverMunicipalities(spec.municipalities());
    em.persist(tenant);
    em.flush();
    people.provisionTenant(spec.id(), own);
    String manager = people.inviteFirstManager(spec.id(), own, spec.manager());
    changes.record(
        spec.id(),
        user,
        "Regio aangemaakt: " + spec.id(),
        "-",
        spec.name()
            + "; eigen organisatie "
            + own.getId()
            + "; gemeenten "
            + String.join(", ", spec.municipalities())
            + "; eerste manager "
            + manager);
    return tenant;
  }

  private Partner persisted(NewTenant spec) {
    if (spec.ownPartnerDomain() == null) {
      throw new IllegalArgumentException("emailDomain is required for a new organisation.");
    }
    Partner own = new Partner(spec.ownPartner(), spec.ownPartnerName(), PartnerKind.SAFETY_HOUSE);
    own.signInBy(spec.ownPartnerDomain(), null);
    em.persist(own);
    return own;
  }

  /**
   * Suspends or resumes the tenant: while suspended nobody enters it (from their next request on);
   * its data stays.
   *
   * @throws AccessRefused unless the user is the platform admin
   * @throws jakarta.ws.rs.NotFoundException never; an unknown tenant is {@link Optional#empty()}
   */
  public Optional<Tenant> changeStatus(CurrentUser user, TenantId id, TenantStatus status) {
    refuseUnlessPlatformAdmin(user);
    Optional<Tenant> tenant = Optional.ofNullable(em.find(Tenant.class, id.value()));
    tenant
        .filter(t -> t.status() != status)
        .ifPresent(
            t -> {
              TenantStatus before = t.status();
              t.changeStatus(status);
              changes.record(id, user, "Status van de regio", before.name(), status.name());
            });
    return tenant;
  }

  private static void refuseUnlessPlatformAdmin(CurrentUser user) {
    PDP.refusalToKeepTenants(user)
        .ifPresent(
            deny -> {
              throw new AccessRefused(deny);
            });
  }
}
