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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.conference.Agendas;
import nl.casustafel.conference.Conference;
import nl.casustafel.conference.Conferences;
import nl.casustafel.conference.Meetings;
import nl.casustafel.conference.Planning;
import nl.casustafel.conference.Presence;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.shared.AmsterdamTime;

/**
 * {@code /api/v1/tenants/{tenant}/conferences}: the calendar, planning, moving and cancelling,
 * putting cases on the agenda, the attendance register and finalising. One class for the whole
 * sub-tree: JAX-RS does not try another class once one class path matched.
 */
@Path("tenants/{tenant}/conferences")
@Produces(MediaType.APPLICATION_JSON)
public class ConferencesResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private Conferences conferences;
  @EJB private Agendas agendas;
  @EJB private Meetings meetings;
  @EJB private nl.casustafel.conference.ConferencePrints prints;

  /** {@code ?from=2026-12-01&to=2027-01-01} (Amsterdam days, to exclusive; at most 366 days). */
  @GET
  public JsonObject calendar(
      @PathParam("tenant") String tenant,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    tenants.enter(tenant);
    LocalDate first = day("from", from, LocalDate.now(AmsterdamTime.ZONE).withDayOfMonth(1));
    LocalDate last = day("to", to, first.plusMonths(1));
    if (!last.isAfter(first) || last.isAfter(first.plusDays(366))) {
      throw new IllegalArgumentException("to must lie 1 to 366 days after from.");
    }
    JsonArrayBuilder list = Json.createArrayBuilder();
    conferences
        .between(user, AmsterdamTime.startOf(first), AmsterdamTime.startOf(last))
        .forEach(e -> list.add(ConferenceJson.entry(e)));
    return Json.createObjectBuilder().add("conferences", list).build();
  }

  /**
   * {@code {"title", "start": "2026-12-08T10:00", "end": "2026-12-08T12:00", "place", "videoLink",
   * "case": 3}} (Amsterdam times; {@code case} for an individual case conference).
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response plan(@PathParam("tenant") String tenant, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "title", "start", "end", "place", "videoLink", "case");
    Planning planning =
        new Planning(
            Bodies.text(input, "title"),
            ConferenceBodies.amsterdam(input, "start"),
            ConferenceBodies.amsterdam(input, "end"),
            ConferenceBodies.venue(input),
            java.util.Optional.empty(),
            ConferenceBodies.optionalId(input, "case").map(CaseId::new));
    Conference planned = conferences.plan(user, planning);
    return Response.status(Response.Status.CREATED)
        .entity(ConferenceJson.conference(planned).build())
        .build();
  }

  /** The conference as the caller may see it: items of other organisations' cases are hidden. */
  @GET
  @Path("{conference}")
  public JsonObject one(@PathParam("tenant") String tenant, @PathParam("conference") String id) {
    tenants.enter(tenant);
    return ConferenceJson.view(meetings.view(user, ConferenceBodies.id(id), AuditAction.READ))
        .build();
  }

  /** {@code {"start": "2026-12-08T13:00", "end": "2026-12-08T15:00"}}: invitees get an update. */
  @POST
  @Path("{conference}/move")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject move(
      @PathParam("tenant") String tenant, @PathParam("conference") String id, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "start", "end");
    Conference moved =
        conferences.move(
            user,
            ConferenceBodies.id(id),
            ConferenceBodies.amsterdam(input, "start"),
            ConferenceBodies.amsterdam(input, "end"));
    return ConferenceJson.conference(moved).build();
  }

  /** Cancels the conference; invitees get a cancellation. */
  @POST
  @Path("{conference}/cancel")
  public JsonObject cancel(@PathParam("tenant") String tenant, @PathParam("conference") String id) {
    tenants.enter(tenant);
    return ConferenceJson.conference(conferences.cancel(user, ConferenceBodies.id(id))).build();
  }

  /** {@code {"case": 3}}: the director puts a case on the agenda. */
  @POST
  @Path("{conference}/items")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addItem(
      @PathParam("tenant") String tenant, @PathParam("conference") String id, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "case");
    long kase =
        ConferenceBodies.optionalId(input, "case")
            .orElseThrow(() -> new IllegalArgumentException("case is required."));
    var item = agendas.add(user, ConferenceBodies.id(id), new CaseId(kase));
    return Response.status(Response.Status.CREATED)
        .entity(
            Json.createObjectBuilder()
                .add("id", item.id())
                .add("position", item.position())
                .build())
        .build();
  }

  /** Puts the cases whose agreements fall due by the conference's day on its agenda. */
  @POST
  @Path("{conference}/due")
  public JsonObject due(@PathParam("tenant") String tenant, @PathParam("conference") String id) {
    tenants.enter(tenant);
    int added = agendas.placeDueAgreements(user, ConferenceBodies.id(id));
    return Json.createObjectBuilder().add("added", added).build();
  }

  /** {@code {"partner", "person", "presence": "PRESENT|ABSENT_WITH_NOTICE|ABSENT"}}. */
  @POST
  @Path("{conference}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response attend(
      @PathParam("tenant") String tenant, @PathParam("conference") String id, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "partner", "person", "presence");
    var line =
        meetings.attend(
            user,
            ConferenceBodies.id(id),
            Bodies.partnerId("partner", Bodies.text(input, "partner")),
            Bodies.text(input, "person"),
            Bodies.enumOf(Presence.class, input, "presence", null));
    return Response.status(Response.Status.CREATED)
        .entity(ConferenceJson.attendance(line).build())
        .build();
  }

  /** The director finalises the minutes; every invitee is told they are ready. */
  @POST
  @Path("{conference}/finalise")
  public JsonObject finalise(
      @PathParam("tenant") String tenant, @PathParam("conference") String id) {
    tenants.enter(tenant);
    return ConferenceJson.conference(meetings.finalise(user, ConferenceBodies.id(id))).build();
  }

  /** The agenda as a PDF for the caller's organisation; every case on it logged as PRINT. */
  @GET
  @Path("{conference}/agenda.pdf")
  @Produces("application/pdf")
  public Response agendaPdf(
      @PathParam("tenant") String tenant, @PathParam("conference") String id) {
    tenants.enter(tenant);
    return pdf(prints.agenda(user, ConferenceBodies.id(id)), "agenda-" + id + ".pdf");
  }

  /** The minutes as a PDF for the caller's organisation; every case on it logged as PRINT. */
  @GET
  @Path("{conference}/minutes.pdf")
  @Produces("application/pdf")
  public Response minutesPdf(
      @PathParam("tenant") String tenant, @PathParam("conference") String id) {
    tenants.enter(tenant);
    return pdf(prints.minutes(user, ConferenceBodies.id(id)), "verslag-" + id + ".pdf");
  }

  private static Response pdf(byte[] pdf, String name) {
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private static LocalDate day(String name, String raw, LocalDate fallback) {
    if (raw == null || raw.isEmpty()) {
      return fallback;
    }
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a date like 2026-12-01.");
    }
  }
}
