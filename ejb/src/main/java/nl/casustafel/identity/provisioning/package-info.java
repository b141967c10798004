/**
 * Partners and people in Keycloak: organizations, users, their tenant groups ({@code
 * /tenants/<tenant>/<ROLE>}) and invitations, through Keycloak's admin REST API with the
 * least-rights service account of the client {@code casustafel-provisioning} (README "Partners and
 * people in Keycloak"). Keycloak is the source of truth; nothing here is stored in our database.
 */
package nl.casustafel.identity.provisioning;
