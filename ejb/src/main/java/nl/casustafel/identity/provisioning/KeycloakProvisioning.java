package nl.casustafel.identity.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.identity.Role;
import nl.casustafel.identity.TokenClaims;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Partners (Keycloak organizations) and people (users, their tenant groups, invitations) through
 * Keycloak's admin REST API, as the service account of {@code casustafel-provisioning}, which has
 * the realm-management roles manage-users, manage-organizations and manage-identity-providers only
 * (README "Partners and people in Keycloak"). Every method is one or a few HTTP calls, bounded in
 * time; a refusal or silence of Keycloak is a {@link ProvisioningFailed}. Safe for concurrent use.
 *
 * <p>Configuration (MicroProfile Config, environment variables): CASUSTAFEL_KEYCLOAK_URL (default
 * {@code http://localhost:8180}), CASUSTAFEL_KEYCLOAK_REALM ({@code casustafel}),
 * CASUSTAFEL_PROVISIONING_CLIENT_ID ({@code casustafel-provisioning}) and
 * CASUSTAFEL_PROVISIONING_SECRET (no default: without it the first call fails).
 */
@ApplicationScoped
public class KeycloakProvisioning {

  /** The client whose sign-in the invitation leads to. */
  static final String INVITATION_CLIENT = "casustafel-web";

  /** How long the invitation link works. */
  static final Duration INVITATION_LIFESPAN = Duration.ofHours(72);

  static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
  static final String CONFIGURE_TOTP = "CONFIGURE_TOTP";

  private KeycloakHttp keycloak;
  private TenantGroups groups;

  /** For the CDI container's proxy only. */
  protected KeycloakProvisioning() {}

  @Inject
  KeycloakProvisioning(
      @ConfigProperty(name = "casustafel.keycloak.url", defaultValue = "http://localhost:8180")
          String keycloakUrl,
      @ConfigProperty(name = "casustafel.keycloak.realm", defaultValue = "casustafel") String realm,
      @ConfigProperty(
              name = "casustafel.provisioning.client-id",
              defaultValue = "casustafel-provisioning")
          String clientId,
      @ConfigProperty(name = "casustafel.provisioning.secret") Optional<String> secret) {
    this(new ProvisioningSettings(URI.create(keycloakUrl), realm, clientId, secret.orElse("")));
  }

  /** Outside a container, e.g. a tool or a test against the test stack's Keycloak. */
  public KeycloakProvisioning(ProvisioningSettings settings) {
    this.keycloak = new KeycloakHttp(settings, Clock.systemUTC());
    this.groups = new TenantGroups(keycloak);
  }

  // --- partners: organizations ----------------------------------------------------------------

  /**
   * The id of the organization with this alias, created (enabled, the domain verified) when there
   * is none, and linked to the identity provider {@code idpAlias} when given (which must exist;
   * linking twice is fine). Idempotent: an existing organization keeps its name and domains.
   *
   * @throws ProvisioningFailed e.g. 409 when another organization has this name or domain
   */
  public String ensureOrganization(
      PartnerId alias, String name, Optional<String> domain, Optional<String> idpAlias) {
    String id = findOrganization(alias).orElseGet(() -> createOrganization(alias, name, domain));
    idpAlias.ifPresent(idp -> linkIdentityProvider(id, idp));
    return id;
  }

  /** The id of the organization with this alias, if any. */
  public Optional<String> findOrganization(PartnerId alias) {
    List<JsonObject> all =
        Pages.all(
            first ->
                keycloak
                    .get(
                        "list organizations",
                        keycloak.urls().admin(Pages.query(first, Map.of()), "organizations"))
                    .array());
    return AdminJson.organizationId(all, alias);
  }

  private String createOrganization(PartnerId alias, String name, Optional<String> domain) {
    return keycloak
        .send(
            "create organization " + alias,
            "POST",
            keycloak.urls().admin("organizations"),
            Optional.of(AdminJson.organization(alias, name, domain).toString()),
            Set.of(201))
        .createdId();
  }

  private void linkIdentityProvider(String orgId, String idpAlias) {
    keycloak.send( // 409: linked to this organization already
        "link identity provider " + idpAlias + " to organization " + orgId,
        "POST",
        keycloak.urls().admin("organizations", orgId, "identity-providers"),
        Optional.of(AdminJson.quoted(idpAlias)),
        Set.of(200, 201, 204, 409));
  }

  /** Makes the user a member of the organization; a member already stays one. */
  public void addMember(String orgId, String userId) {
    keycloak.send(
        "add user " + userId + " to organization " + orgId,
        "POST",
        keycloak.urls().admin("organizations", orgId, "members"),
        Optional.of(AdminJson.quoted(userId)),
        Set.of(201, 204, 409));
  }

  /**
   * Ends the user's membership of the organization; no member, nothing to do. Keycloak deletes a
   * managed member (one that came in through the organization's own identity provider) as a whole.
   */
  public void removeMember(String orgId, String userId) {
    keycloak.send(
        "remove user " + userId + " from organization " + orgId,
        "DELETE",
        keycloak.urls().admin("organizations", orgId, "members", userId),
        Optional.empty(),
        Set.of(204, 404));
  }

  /** The partner the user acts for: their one organization; empty for none or more than one. */
  public Optional<PartnerId> organizationOf(String userId) {
    var organizations =
        keycloak
            .get(
                "organizations of user " + userId,
                keycloak
                    .urls()
                    .admin(
                        Map.of("briefRepresentation", "true"),
                        "organizations",
                        "members",
                        userId,
                        "organizations"))
            .array();
    return TokenClaims.partner(AdminJson.aliases(organizations));
  }

  // --- people: users ------------------------------------------------------------------------

  /**
   * The user whose username or e-mail address is exactly this, ignoring case (Keycloak keeps both
   * in lower case; a value with {@code @} is looked up as an e-mail address).
   */
  public Optional<KeycloakUser> findUser(String usernameOrEmail) {
    String wanted = usernameOrEmail.toLowerCase(Locale.ROOT);
    String field = wanted.contains("@") ? "email" : "username";
    var users =
        keycloak
            .get(
                "find user " + wanted,
                keycloak.urls().admin(Map.of(field, wanted, "exact", "true"), "users"))
            .array();
    return AdminJson.exactUser(users, wanted);
  }

  /**
   * Creates an enabled user without a password who must set one (UPDATE_PASSWORD) and, when {@code
   * requireOtp}, set up an authenticator app (CONFIGURE_TOTP) at first sign-in. These actions
   * replace the realm's default ones: without {@code requireOtp} no OTP is demanded.
   *
   * @return the new user's id
   * @throws ProvisioningFailed with {@link ProvisioningFailed#alreadyExists()} when the username or
   *     e-mail address is taken
   */
  public String createUser(
      String username, String email, String firstName, String lastName, boolean requireOtp) {
    List<String> actions = new ArrayList<>(List.of(UPDATE_PASSWORD));
    if (requireOtp) {
      actions.add(CONFIGURE_TOTP);
    }
    return keycloak
        .send(
            "create user " + username,
            "POST",
            keycloak.urls().admin("users"),
            Optional.of(AdminJson.user(username, email, firstName, lastName, actions).toString()),
            Set.of(201))
        .createdId();
  }

  /**
   * Has Keycloak e-mail the user a link (valid {@link #INVITATION_LIFESPAN}) to do their required
   * actions (set a password, and set up OTP where required; UPDATE_PASSWORD when none is left).
   *
   * @param redirectUri where the user lands afterwards; must be a redirect URI of casustafel-web
   * @throws ProvisioningFailed e.g. 500 when Keycloak could not send the mail
   */
  public void sendInvitation(String userId, Optional<URI> redirectUri) {
    List<String> actions =
        KeycloakUser.of(
                keycloak
                    .get("read user " + userId, keycloak.urls().admin("users", userId))
                    .object())
            .requiredActions();
    Map<String, String> query = new HashMap<>();
    query.put("client_id", INVITATION_CLIENT);
    query.put("lifespan", Long.toString(INVITATION_LIFESPAN.toSeconds()));
    redirectUri.ifPresent(uri -> query.put("redirect_uri", uri.toString()));
    keycloak.send(
        "send invitation to user " + userId,
        "PUT",
        keycloak.urls().admin(query, "users", userId, "execute-actions-email"),
        Optional.of(AdminJson.strings(actions.isEmpty() ? List.of(UPDATE_PASSWORD) : actions)),
        Set.of(200, 204));
  }

  /** Ends all of the user's sessions: their next request needs a new sign-in. */
  public void logout(String userId) {
    keycloak.send(
        "log out user " + userId,
        "POST",
        keycloak.urls().admin("users", userId, "logout"),
        Optional.empty(),
        Set.of(200, 204));
  }

  // --- roles per tenant: groups /tenants/<tenant>/<ROLE> ------------------------------------

  /** Creates the tenant's groups that are missing: one per tenant role. */
  public void ensureTenantGroups(TenantId tenant) {
    groups.ensure(tenant);
  }

  /** Grants the user the role in the tenant (joining twice is fine). Not PLATFORM_ADMIN. */
  public void joinGroup(String userId, TenantId tenant, Role role) {
    keycloak.send(
        "grant " + role + " in " + tenant + " to user " + userId,
        "PUT",
        keycloak.urls().admin("users", userId, "groups", groups.roleGroup(tenant, role)),
        Optional.empty(),
        Set.of(200, 204));
  }

  /** Takes the role in the tenant from the user; it takes effect with their next token. */
  public void leaveGroup(String userId, TenantId tenant, Role role) {
    keycloak.send(
        "take " + role + " in " + tenant + " from user " + userId,
        "DELETE",
        keycloak.urls().admin("users", userId, "groups", groups.roleGroup(tenant, role)),
        Optional.empty(),
        Set.of(200, 204));
  }

  /** The user's roles per tenant, read from their groups by identity.TokenClaims's rules. */
  public Map<TenantId, Set<Role>> rolesOf(String userId) {
    return TokenClaims.tenantRoles(groupPaths(userId));
  }

  /** Whether the user is the platform admin (group {@code /platform/PLATFORM_ADMIN}). */
  public boolean isPlatformAdmin(String userId) {
    return groupPaths(userId).contains("/platform/PLATFORM_ADMIN");
  }

  private List<String> groupPaths(String userId) {
    List<JsonObject> memberships =
        Pages.all(
            first ->
                keycloak
                    .get(
                        "groups of user " + userId,
                        keycloak
                            .urls()
                            .admin(Pages.query(first, Map.of()), "users", userId, "groups"))
                    .array());
    return AdminJson.groupPaths(memberships);
  }

  /** Everyone with a role in the tenant, by username, with their roles and organization. */
  public List<TenantMember> membersOf(TenantId tenant) {
    Map<String, KeycloakUser> users = new LinkedHashMap<>();
    Map<String, Set<Role>> roles = new HashMap<>();
    for (Role role : TenantGroups.TENANT_ROLES) {
      Optional<String> group = groups.id(TenantGroups.path(tenant, role));
      for (KeycloakUser user : group.map(groups::members).orElse(List.of())) {
        users.putIfAbsent(user.id(), user);
        roles.computeIfAbsent(user.id(), id -> EnumSet.noneOf(Role.class)).add(role);
      }
    }
    return users.values().stream()
        .sorted(Comparator.comparing(KeycloakUser::username))
        .map(
            u ->
                new TenantMember(
                    u.id(),
                    u.username(),
                    u.email(),
                    u.name(),
                    organizationOf(u.id()),
                    roles.get(u.id())))
        .toList();
  }
}
