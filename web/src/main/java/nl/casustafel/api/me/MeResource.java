package nl.casustafel.api.me;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.TreeMap;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.Role;
import nl.casustafel.partner.PartnerId;

/**
 * {@code GET /api/v1/me}: who the bearer token says the caller is — {@code {subject, username,
 * name, partner, tenants: {<tenant>: [roles]}}}.
 */
@Path("me")
public class MeResource {

  @Inject private CurrentUser user;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject me() {
    JsonObjectBuilder tenants = Json.createObjectBuilder();
    TreeMap<String, Set<Role>> byId = new TreeMap<>();
    user.tenants().forEach((tenant, roles) -> byId.put(tenant.value(), roles));
    byId.forEach(
        (tenant, roles) ->
            tenants.add(
                tenant, Json.createArrayBuilder(roles.stream().map(Role::name).sorted().toList())));
    JsonObjectBuilder me =
        Json.createObjectBuilder()
            .add("subject", user.subject())
            .add("username", user.username())
            .add("name", user.name())
            .add("tenants", tenants);
    user.partner()
        .map(PartnerId::value)
        .ifPresentOrElse(p -> me.add("partner", p), () -> me.addNull("partner"));
    if (user.platformAdmin()) {
      me.add("platformAdmin", true);
    }
    return me.build();
  }
}
