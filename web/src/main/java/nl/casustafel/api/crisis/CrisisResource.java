package nl.casustafel.api.crisis;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.casefile.CrisisCards;
import nl.casustafel.crisis.Duty;
import nl.casustafel.crisis.OfficeHours;
import nl.casustafel.crisis.OnCallRota;
import nl.casustafel.crisis.OnCallShift;
import nl.casustafel.identity.CurrentUser;

/**
 * {@code /api/v1/tenants/{tenant}/crisis} (issue #13, part 3): {@code on-call}, who is reachable
 * 24/7 (every member reads; the ZVH's staff add shifts with UTC instants); {@code office-hours}
 * ({@code {"opens": "09:00", "closes": "17:00"}}, Amsterdam time, Monday to Friday); and {@code
 * openings}, a crisis service opening a case's crisis card outside office hours: {@code
 * {"reference": "MH-2026-003", "reason": "…"}} → the card, logged as break-the-glass.
 */
@Path("tenants/{tenant}/crisis")
@Produces(MediaType.APPLICATION_JSON)
public class CrisisResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private OnCallRota rota;
  @EJB private CrisisCards cards;

  @GET
  @Path("on-call")
  public JsonObject onCall(@PathParam("tenant") String tenant) {
    tenants.enter(tenant);
    JsonArrayBuilder shifts = Json.createArrayBuilder();
    rota.current(user).forEach(s -> shifts.add(json(s)));
    return Json.createObjectBuilder().add("shifts", shifts).build();
  }

  /** Adds a shift: {@code {"duty", "person", "phone", "startsAt", "endsAt"}} (201). */
  @POST
  @Path("on-call")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addShift(@PathParam("tenant") String tenant, JsonValue body) {
    tenants.enter(tenant);
    JsonObject in = Bodies.object(body, "duty", "person", "phone", "startsAt", "endsAt");
    OnCallShift shift =
        rota.add(
            user,
            Bodies.enumOf(Duty.class, in, "duty", null),
            Bodies.text(in, "person"),
            Bodies.text(in, "phone"),
            instant(in, "startsAt"),
            instant(in, "endsAt"));
    return Response.status(Response.Status.CREATED).entity(json(shift)).build();
  }

  @GET
  @Path("office-hours")
  public JsonObject officeHours(@PathParam("tenant") String tenant) {
    tenants.enter(tenant);
    return json(rota.officeHours());
  }

  @PUT
  @Path("office-hours")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject setOfficeHours(@PathParam("tenant") String tenant, JsonValue body) {
    tenants.enter(tenant);
    JsonObject in = Bodies.object(body, "opens", "closes");
    rota.setOfficeHours(user, time(in, "opens"), time(in, "closes"));
    return json(rota.officeHours());
  }

  /** A crisis service opens a card by the case's reference (outside office hours only). */
  @POST
  @Path("openings")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject open(@PathParam("tenant") String tenant, JsonValue body) {
    tenants.enter(tenant);
    JsonObject in = Bodies.object(body, "reference", "reason");
    return CrisisCardJson.of(
        cards.openInCrisis(user, Bodies.text(in, "reference"), Bodies.text(in, "reason")));
  }

  private static JsonObject json(OnCallShift s) {
    return Json.createObjectBuilder()
        .add("id", s.id())
        .add("duty", s.duty().name())
        .add("person", s.person())
        .add("phone", s.phone())
        .add("startsAt", s.startsAt().toString())
        .add("endsAt", s.endsAt().toString())
        .build();
  }

  private static JsonObject json(OfficeHours h) {
    return Json.createObjectBuilder()
        .add("opens", h.opens().toString())
        .add("closes", h.closes().toString())
        .build();
  }

  private static Instant instant(JsonObject in, String field) {
    try {
      return Instant.parse(Bodies.text(in, field));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " must be an ISO-8601 UTC instant.");
    }
  }

  private static LocalTime time(JsonObject in, String field) {
    try {
      return LocalTime.parse(Bodies.text(in, field));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " must be a time as hh:mm.");
    }
  }
}
