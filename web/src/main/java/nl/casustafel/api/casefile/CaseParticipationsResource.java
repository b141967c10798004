package nl.casustafel.api.casefile;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.casefile.CaseParticipations;
import nl.casustafel.casefile.ParticipationView;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;

/**
 * {@code /api/v1/tenants/{tenant}/cases/{id}/participations}: the case director lists, invites and
 * revokes the partners that take part in a case.
 */
@Path("tenants/{tenant}/cases/{id}/participations")
@Produces(MediaType.APPLICATION_JSON)
public class CaseParticipationsResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private CaseParticipations participations;

  @GET
  public JsonArray list(@PathParam("tenant") String tenant, @PathParam("id") String id) {
    tenants.enter(tenant);
    JsonArrayBuilder list = Json.createArrayBuilder();
    participations.of(user, Bodies.caseId(id)).forEach(p -> list.add(json(p)));
    return list.build();
  }

  /** {@code {"partner": "politie-midden-nederland", "until": "2027-01-01T00:00:00Z"}}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response invite(
      @PathParam("tenant") String tenant, @PathParam("id") String id, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "partner", "until");
    PartnerId partner = new PartnerId(Bodies.text(input, "partner"));
    Instant until = until(Bodies.text(input, "until", null));
    boolean created = participations.invite(user, Bodies.caseId(id), partner, until);
    return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
        .entity(Json.createObjectBuilder().add("partner", partner.value()).build())
        .build();
  }

  @DELETE
  @Path("{partner}")
  public Response revoke(
      @PathParam("tenant") String tenant,
      @PathParam("id") String id,
      @PathParam("partner") String partner) {
    tenants.enter(tenant);
    if (participations.revoke(user, Bodies.caseId(id), new PartnerId(partner))) {
      return Response.noContent().build();
    }
    return Response.status(Response.Status.CONFLICT)
        .entity(Json.createObjectBuilder().add("error", "NOT_PARTICIPATING").build())
        .build();
  }

  private static Instant until(String until) {
    try {
      return until == null ? null : Instant.parse(until);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "until must be an ISO-8601 instant, e.g. 2027-01-01T00:00:00Z.");
    }
  }

  private static JsonObjectBuilder json(ParticipationView p) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("partner", p.partner().value())
            .add("invitedBy", p.invitedBy())
            .add("invitedAt", p.invitedAt().toString())
            .add("active", p.active());
    p.until().ifPresent(u -> json.add("until", u.toString()));
    p.revokedAt().ifPresent(r -> json.add("revokedAt", r.toString()));
    p.revokedBy().ifPresent(r -> json.add("revokedBy", r));
    return json;
  }
}
