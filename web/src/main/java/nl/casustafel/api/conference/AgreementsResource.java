package nl.casustafel.api.conference;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.conference.AgreementStatus;
import nl.casustafel.conference.Agreements;
import nl.casustafel.identity.CurrentUser;

/**
 * {@code /api/v1/tenants/{tenant}/agreements}: "Mijn afspraken" (the caller's organisation's open
 * agreements), the director's due-soon and overdue list, and status changes.
 */
@Path("tenants/{tenant}/agreements")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementsResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private Agreements agreements;

  /** The open agreements of the caller's organisation, per case, due first. */
  @GET
  public JsonObject mine(@PathParam("tenant") String tenant) {
    tenants.enter(tenant);
    return listing(agreements.mine(user));
  }

  /** For the case director: every open agreement due within 7 days or overdue. */
  @GET
  @Path("due")
  public JsonObject due(@PathParam("tenant") String tenant) {
    tenants.enter(tenant);
    return listing(agreements.dueSoon(user));
  }

  /** {@code {"status": "DONE|NOT_POSSIBLE|NOT_DONE|OPEN", "reason": "..."}}. */
  @POST
  @Path("{agreement}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject status(
      @PathParam("tenant") String tenant, @PathParam("agreement") String id, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "status", "reason");
    AgreementStatus next =
        agreements.change(
            user,
            ConferenceBodies.id(id),
            Bodies.enumOf(AgreementStatus.class, input, "status", null),
            Bodies.text(input, "reason", null));
    return Json.createObjectBuilder().add("status", next.name()).build();
  }

  private static JsonObject listing(Agreements.Listing listing) {
    JsonArrayBuilder cases = Json.createArrayBuilder();
    listing.cases().forEach(c -> cases.add(ConferenceJson.shown(c)));
    return Json.createObjectBuilder().add("cases", cases).build();
  }
}
