package nl.casustafel.api.platform;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.TreeSet;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.NewPerson;
import nl.casustafel.tenant.NewTenant;
import nl.casustafel.tenant.Onboarding;
import nl.casustafel.tenant.Tenant;
import nl.casustafel.tenant.TenantId;
import nl.casustafel.tenant.TenantStatus;

/**
 * {@code /api/v1/platform/tenants}: the platform admin's regions — list, onboard, suspend and
 * resume (issue #15, part 1). Answers hold a region's set-up, never case content. Anyone else gets
 * 403.
 */
@Path("platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformTenantsResource {

  @Inject private CurrentUser user;
  @EJB private Onboarding onboarding;

  @GET
  public JsonObject list() {
    JsonArrayBuilder items = Json.createArrayBuilder();
    onboarding.tenants(user).forEach(t -> items.add(json(t)));
    return Json.createObjectBuilder().add("items", items).build();
  }

  /**
   * {@code {"id", "name", "ownPartner", "ownPartnerName", "ownPartnerDomain", "municipalities":
   * [..], "manager": {"email", "firstName", "lastName"}}} → 201 with the tenant; 409 when the id
   * exists.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response onboard(JsonValue body) {
    JsonObject input =
        Bodies.object(
            body,
            "id",
            "name",
            "ownPartner",
            "ownPartnerName",
            "ownPartnerDomain",
            "municipalities",
            "manager");
    JsonObject manager =
        Bodies.objectField(input, "manager", "email", "firstName", "lastName")
            .orElseThrow(() -> new IllegalArgumentException("manager is required."));
    NewTenant spec =
        new NewTenant(
            tenantId(Bodies.text(input, "id")),
            Bodies.text(input, "name"),
            Bodies.partnerId("ownPartner", Bodies.text(input, "ownPartner")),
            Bodies.text(input, "ownPartnerName"),
            Bodies.text(input, "ownPartnerDomain", null),
            municipalities(input),
            new NewPerson(
                Bodies.text(manager, "email"),
                Bodies.text(manager, "firstName"),
                Bodies.text(manager, "lastName")));
    Tenant tenant = onboarding.onboard(user, spec);
    return Response.status(Response.Status.CREATED).entity(json(tenant)).build();
  }

  /** {@code {"status": "SUSPENDED" | "ACTIVE"}}: 200 with the tenant; 404 when unknown. */
  @PUT
  @Path("{tenant}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject status(@PathParam("tenant") String tenant, JsonValue body) {
    JsonObject input = Bodies.object(body, "status");
    TenantStatus status = Bodies.enumOf(TenantStatus.class, input, "status", null);
    return onboarding
        .changeStatus(user, pathTenant(tenant), status)
        .map(PlatformTenantsResource::json)
        .orElseThrow(NotFoundException::new);
  }

  static JsonObject json(Tenant t) {
    JsonArrayBuilder municipalities = Json.createArrayBuilder();
    t.municipalities().forEach(municipalities::add);
    return Json.createObjectBuilder()
        .add("id", t.getId().value())
        .add("name", t.getName())
        .add("status", t.status().name())
        .add("ownPartner", t.ownPartner().map(p -> p.value()).orElse(""))
        .add("partners", t.partners().size())
        .add("municipalities", municipalities)
        .build();
  }

  private static TenantId tenantId(String value) {
    try {
      return new TenantId(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("id must be a tenant id (a-z, 0-9 and -).");
    }
  }

  /** A path id that is no tenant id answers like an unknown tenant. */
  private static TenantId pathTenant(String value) {
    try {
      return new TenantId(value);
    } catch (RuntimeException e) {
      throw new NotFoundException();
    }
  }

  private static TreeSet<String> municipalities(JsonObject input) {
    if (!(input.get("municipalities") instanceof JsonArray array)) {
      throw new IllegalArgumentException("municipalities must be a list of names.");
    }
    TreeSet<String> names = new TreeSet<>();
    for (JsonValue value : array) {
      if (!(value instanceof JsonString name)) {
        throw new IllegalArgumentException("municipalities must be a list of names.");
      }
      names.add(nl.casustafel.api.Params.requireCleanText("municipalities", name.getString()));
    }
    return names;
  }
}
