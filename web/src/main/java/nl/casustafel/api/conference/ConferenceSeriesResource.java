package nl.casustafel.api.conference;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.conference.ConferenceSeries;
import nl.casustafel.conference.Conferences;
import nl.casustafel.conference.Recurrence;
import nl.casustafel.identity.CurrentUser;

/**
 * {@code POST /api/v1/tenants/{tenant}/conference-series}: a recurring conference, planned for the
 * coming year.
 */
@Path("tenants/{tenant}/conference-series")
@Produces(MediaType.APPLICATION_JSON)
public class ConferenceSeriesResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private Conferences conferences;

  /**
   * {@code {"title", "weekday": "TUESDAY", "start": "10:00", "end": "12:00", "intervalWeeks": 2,
   * "firstDay": "2026-12-08", "lastDay": "2027-06-29", "place", "videoLink"}} (Amsterdam times).
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(@PathParam("tenant") String tenant, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input =
        Bodies.object(
            body,
            "title",
            "weekday",
            "start",
            "end",
            "intervalWeeks",
            "firstDay",
            "lastDay",
            "place",
            "videoLink");
    LocalTime start = ConferenceBodies.time(input, "start");
    LocalTime end = ConferenceBodies.time(input, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must lie after start on the same day.");
    }
    Recurrence rule =
        new Recurrence(
            Bodies.enumOf(DayOfWeek.class, input, "weekday", null),
            start,
            Duration.between(start, end),
            Bodies.wholeNumber(input, "intervalWeeks", 1, 1, 8),
            Bodies.date(input, "firstDay")
                .orElseThrow(() -> new IllegalArgumentException("firstDay is required.")),
            Bodies.date(input, "lastDay"));
    ConferenceSeries series =
        conferences.startSeries(
            user, Bodies.text(input, "title"), rule, ConferenceBodies.venue(input));
    return Response.status(Response.Status.CREATED)
        .entity(
            Json.createObjectBuilder().add("id", series.id()).add("title", series.title()).build())
        .build();
  }
}
