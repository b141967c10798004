package nl.casustafel.identity;

import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Optional;
import nl.casustafel.identity.provisioning.KeycloakProvisioning;
import nl.casustafel.identity.provisioning.KeycloakUser;
import nl.casustafel.partner.Partner;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;

/**
 * The people and organisations of the platform as Keycloak keeps them: what the services of issue
 * #15 ask of Keycloak, in their terms. Keycloak is the only identity store; this class holds no
 * state. Calls are made before the caller's transaction commits, so a refusal by Keycloak rolls the
 * change back; they are idempotent, so trying again after a failure is safe.
 *
 * @see KeycloakProvisioning for the admin API calls and the rights of the service account
 */
@Stateless
public class People {

  @jakarta.inject.Inject private KeycloakProvisioning keycloak;

  /**
   * Whether a new person sets up an authenticator app besides a password: the realm's rule ({@code
   * CONFIGURE_TOTP} as default action, {@code CASUSTAFEL_REQUIRE_OTP}, true unless the demo turns
   * it off). Users made through the admin API get only the required actions given, so the rule is
   * applied here too.
   */
  @jakarta.inject.Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "CASUSTAFEL_REQUIRE_OTP",
      defaultValue = "true")
  private boolean requireOtp;

  /** The tenant's groups (one per role) and its own organisation. */
  public void provisionTenant(TenantId tenant, Partner own) {
    keycloak.ensureTenantGroups(tenant);
    provisionOrganisation(own);
  }

  /**
   * The partner as a Keycloak Organization: alias = partner id, its domain and identity provider.
   */
  public String provisionOrganisation(Partner partner) {
    return keycloak.ensureOrganization(
        partner.getId(), partner.getName(), partner.emailDomain(), partner.identityProvider());
  }

  /** The region's first ZVH manager, in its own organisation. */
  public String inviteFirstManager(TenantId tenant, Partner own, NewPerson manager) {
    return invite(tenant, own, manager, Role.ZVH_MANAGER);
  }

  /**
   * The person (made, with a set-password mail, when their address has no account yet) as a member
   * of the organisation with the role in the tenant.
   *
   * @return the person's subject (Keycloak user id)
   */
  public String invite(TenantId tenant, Partner organisation, NewPerson person, Role role) {
    String orgId = provisionOrganisation(organisation);
    Optional<KeycloakUser> found = keycloak.findUser(person.email());
    Optional<String> existing = found.map(KeycloakUser::id);
    if (existing.filter(keycloak::isPlatformAdmin).isPresent()) {
      // The platform admin never sees case content (DOMAIN.md): no tenant role, no organisation.
      throw new IllegalArgumentException("email: the platform admin cannot work in a region.");
    }
    String subject =
        existing.orElseGet(
            () ->
                keycloak.createUser(
                    person.email(),
                    person.email(),
                    person.firstName(),
                    person.lastName(),
                    requireOtp));
    Optional<PartnerId> current = keycloak.organizationOf(subject);
    if (current.isEmpty()) {
      keycloak.addMember(orgId, subject);
    } else if (!current.get().equals(organisation.getId())) {
      // One person acts for one organisation: the token's organization claim must be unambiguous.
      throw new IllegalArgumentException(
          "email: this person works for another organisation (" + current.get() + ").");
    }
    keycloak.joinGroup(subject, tenant, role);
    // A new account, or one whose earlier invitation was never followed (or failed to send): the
    // person still has to set a password, so the mail goes (again).
    if (found.map(u -> u.requiredActions().contains("UPDATE_PASSWORD")).orElse(true)) {
      keycloak.sendInvitation(subject, Optional.empty());
    }
    return subject;
  }

  /** Everyone with a role in the tenant. */
  public List<StaffMember> members(TenantId tenant) {
    return keycloak.membersOf(tenant).stream()
        .map(
            m ->
                new StaffMember(
                    m.id(),
                    m.username(),
                    m.email(),
                    m.name(),
                    m.organization().map(p -> p.value()).orElse(""),
                    m.roles()))
        .toList();
  }

  public void join(String subject, TenantId tenant, Role role) {
    keycloak.joinGroup(subject, tenant, role);
  }

  public void leave(String subject, TenantId tenant, Role role) {
    keycloak.leaveGroup(subject, tenant, role);
  }
}
