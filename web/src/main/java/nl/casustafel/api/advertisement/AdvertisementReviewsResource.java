package nl.casustafel.api.advertisement;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.advertisement.AdvertisementReviews;
import nl.casustafel.advertisement.AdvertiserGender;
import nl.casustafel.advertisement.HandoverStep;
import nl.casustafel.advertisement.Indicator;
import nl.casustafel.advertisement.ReviewForm;
import nl.casustafel.advertisement.ReviewRow;
import nl.casustafel.advertisement.Verdict;
import nl.casustafel.api.Params;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.report.AgeBand;

/**
 * {@code /api/v1/tenants/{tenant}/advertisement-reviews} (issue #13, part 2): the ketenregisseur
 * lists ({@code ?mine=false}, default for case directors) and records reviews; a municipality's
 * liaison or the police list the reviews handed to them ({@code ?handed=true}) and take the next
 * step ({@code POST {review}/steps}: {@code {"step": "ENRICHED"|"TO_POLICE", "note": "…"}}). Days
 * are Amsterdam days (yyyy-mm-dd), instants UTC.
 */
@Path("tenants/{tenant}/advertisement-reviews")
@Produces(MediaType.APPLICATION_JSON)
public class AdvertisementReviewsResource {

  private static final int LIMIT = 200;

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private AdvertisementReviews reviews;

  /** The newest reviews: all of them (ketenregisseur), or those handed to the caller. */
  @GET
  public JsonObject list(@PathParam("tenant") String tenant, @QueryParam("handed") String handed) {
    tenants.enter(tenant);
    if (handed != null && !handed.equals("true") && !handed.equals("false")) {
      throw new IllegalArgumentException("handed must be true or false.");
    }
    List<ReviewRow> rows =
        "true".equals(handed) ? reviews.handedToMe(user, LIMIT) : reviews.recorded(user, LIMIT);
    JsonArrayBuilder items = Json.createArrayBuilder();
    rows.forEach(r -> items.add(json(r)));
    return Json.createObjectBuilder().add("reviews", items).build();
  }

  /** Records a review (201 with its id); a risky one is handed to its municipality at once. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(@PathParam("tenant") String tenant, JsonValue body) {
    tenants.enter(tenant);
    JsonObject in =
        Bodies.object(
            body,
            "website",
            "reviewedOn",
            "ageBand",
            "gender",
            "indicators",
            "notes",
            "verdict",
            "municipality");
    ReviewForm form =
        new ReviewForm(
            Bodies.text(in, "website"),
            Bodies.date(in, "reviewedOn")
                .orElseThrow(() -> new IllegalArgumentException("reviewedOn is required.")),
            Bodies.enumOf(AgeBand.class, in, "ageBand", null),
            Bodies.enumOf(AdvertiserGender.class, in, "gender", null),
            indicators(in),
            Optional.ofNullable(Bodies.text(in, "notes", null)),
            Bodies.enumOf(Verdict.class, in, "verdict", null),
            Optional.ofNullable(Bodies.text(in, "municipality", null)));
    long id = reviews.record(user, form);
    return Response.status(Response.Status.CREATED)
        .entity(Json.createObjectBuilder().add("id", id).build())
        .build();
  }

  /** The receiver's next step on a review (204). */
  @POST
  @Path("{review}/steps")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response step(
      @PathParam("tenant") String tenant, @PathParam("review") String review, JsonValue body) {
    tenants.enter(tenant);
    JsonObject in = Bodies.object(body, "step", "note");
    long id = CaseId.parse(review).orElseThrow(CaseUnknown::new).value();
    reviews.step(
        user,
        id,
        Bodies.enumOf(HandoverStep.class, in, "step", null),
        Bodies.text(in, "note", null));
    return Response.noContent().build();
  }

  private static Set<Indicator> indicators(JsonObject in) {
    Set<Indicator> set = EnumSet.noneOf(Indicator.class);
    if (!in.containsKey("indicators")) {
      return set;
    }
    if (!(in.get("indicators") instanceof JsonArray array) || array.size() > 20) {
      throw new IllegalArgumentException("indicators must be a list of at most 20 codes.");
    }
    for (JsonValue v : array) {
      set.add(
          Params.enumOf(
              Indicator.class, "indicators", v instanceof JsonString s ? s.getString() : null));
    }
    return set;
  }

  static JsonObject json(ReviewRow r) {
    JsonArrayBuilder indicators = Json.createArrayBuilder();
    r.indicators().forEach(i -> indicators.add(i.name()));
    JsonArrayBuilder steps = Json.createArrayBuilder();
    r.steps()
        .forEach(
            s -> {
              JsonObjectBuilder step =
                  Json.createObjectBuilder()
                      .add("step", s.step().name())
                      .add("to", s.to())
                      .add("at", s.at().toString());
              s.note().ifPresent(n -> step.add("note", n));
              steps.add(step);
            });
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", r.id())
            .add("website", r.website())
            .add("reviewedOn", r.reviewedOn().toString())
            .add("ageBand", r.ageBand().name())
            .add("gender", r.gender().name())
            .add("indicators", indicators)
            .add("verdict", r.verdict().name())
            .add("steps", steps);
    r.notes().ifPresent(n -> json.add("notes", n));
    r.municipality().ifPresent(m -> json.add("municipality", m));
    return json.build();
  }
}
