package nl.casustafel.partner;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.casustafel.audit.AdminLog;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.People;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.tenant.Tenant;
import nl.casustafel.tenant.TenantId;

/**
 * The ZVH manager adds partner organisations to the tenant (issue #15, part 2): a new one, or one
 * that already works in another region (the police in two regions), linked as it is. Each partner
 * is a Keycloak Organization, made through the admin API, never by editing the realm file.
 */
@Stateless
public class PartnerKeeping {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext context;
  @EJB private AdminLog changes;
  @EJB private People people;

  /**
   * Adds the partner to the tenant. An organisation that exists keeps its name, kind and sign-in
   * (another region's manager cannot change them); a new one is made with the values given.
   *
   * @throws nl.casustafel.policy.AccessRefused unless the user is the tenant's ZVH manager
   * @throws IllegalStateException (409) when the partner already works in the tenant
   */
  public Partner add(CurrentUser user, NewPartner spec) {
    TenantId tenantId = context.current().orElseThrow();
    changes.refuseIf(tenantId, user, PDP.refusalToKeepTenant(user, tenantId), "partner toevoegen");
    Tenant tenant = em.find(Tenant.class, tenantId.value());
    Optional<Partner> existing = Optional.ofNullable(em.find(Partner.class, spec.id().value()));
    if (existing.filter(tenant::hasPartner).isPresent()) {
      throw new IllegalStateException(spec.id() + " already works in this region.");
    }
    Partner partner = existing.orElseGet(() -> created(spec, tenant));
    tenant.admit(partner);
    em.flush();
    if (existing.isEmpty()) {
      roles(spec);
    }
    people.provisionOrganisation(partner);
    changes.record(
        tenantId,
        user,
        (existing.isPresent() ? "Partner gekoppeld: " : "Partner toegevoegd: ") + partner.getId(),
        "-",
        partner.getName()
            + "; "
            + partner.getKind()
            + "; domein "
            + partner.emailDomain().orElse("-")
            + "; idp "
            + partner.identityProvider().orElse("-")
            + (existing.isPresent()
                ? ""
                : "; gemeente "
                    + spec.municipality().orElse("-")
                    + "; crisisdienst "
                    + spec.crisisService().map(Enum::name).orElse("-")));
    return partner;
  }

  private void refuseIfTaken(String field, String path, Optional<String> value) {
    if (value.isPresent()
        && em.createQuery("SELECT COUNT(p) FROM Partner p WHERE " + path + " = :v", Long.class)
                .setParameter("v", value.get())
                .getSingleResult()
            > 0) {
      throw new IllegalStateException(field + " belongs to another organisation already.");
    }
  }

  /**
   * The municipality a new municipality partner is and whether a new partner is a crisis service:
   * columns of issue #13 that the entity does not map, written by native SQL after its insert.
   */
  private void roles(NewPartner spec) {
    em.createNativeQuery("UPDATE partner SET municipality = ?1, crisis_service = ?2 WHERE id = ?3")
        .setParameter(1, spec.municipality().orElse(null))
        .setParameter(2, spec.crisisService().map(Enum::name).orElse(null))
        .setParameter(3, spec.id().value())
        .executeUpdate();
  }

  private Partner created(NewPartner spec, Tenant tenant) {
    if (spec.municipality().filter(m -> !tenant.municipalities().contains(m)).isPresent()) {
      throw new IllegalArgumentException("municipality: not a municipality of the region.");
    }
    if (spec.emailDomain().isEmpty()) {
      // Its Keycloak organization is found by this domain at sign-in (identity-first login).
      throw new IllegalArgumentException("emailDomain is required for a new organisation.");
    }
    // A domain or identity provider is one organisation's: Keycloak sends people by their domain
    // to their organisation, so one region's manager cannot take another's.
    refuseIfTaken("emailDomain", "p.emailDomain", spec.emailDomain());
    refuseIfTaken("identityProvider", "p.identityProvider", spec.identityProvider());
    Partner partner = new Partner(spec.id(), spec.name(), spec.kind());
    partner.signInBy(spec.emailDomain().orElse(null), spec.identityProvider().orElse(null));
    em.persist(partner);
    return partner;
  }
}
