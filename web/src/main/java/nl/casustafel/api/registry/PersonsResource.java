package nl.casustafel.api.registry;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.api.casefile.CaseJson;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseTrack;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.registry.ClientMerge;
import nl.casustafel.registry.PersonMerge;
import nl.casustafel.registry.PersonTimeline;
import nl.casustafel.registry.SubjectAccessReports;
import nl.casustafel.registry.Timeline;

/**
 * {@code /api/v1/tenants/{tenant}/persons/{person}/timeline}: one person's cases (with status
 * history and care episodes) and the referrals about them, as the caller may see them, with the
 * number of items hidden from the caller. {@code …/access-report}: the person's data-subject access
 * report (AVG art. 15) as a PDF, for the tenant's ZVH manager.
 */
@Path("tenants/{tenant}/persons")
@Produces(MediaType.APPLICATION_JSON)
public class PersonsResource {

  private static final String PDF = "application/pdf";

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private PersonTimeline timelines;
  @EJB private SubjectAccessReports reports;
  @EJB private PersonMerge merges;

  @GET
  @Path("{person}/timeline")
  public JsonObject timeline(
      @PathParam("tenant") String tenant, @PathParam("person") String person) {
    tenants.enter(tenant);
    long id = CaseId.parse(person).orElseThrow(CaseUnknown::new).value();
    Timeline timeline = timelines.of(user, id);
    JsonArrayBuilder cases = Json.createArrayBuilder();
    timeline.cases().forEach(t -> cases.add(track(t)));
    JsonArrayBuilder referrals = Json.createArrayBuilder();
    timeline.referrals().forEach(r -> referrals.add(referral(r)));
    return Json.createObjectBuilder()
        .add("person", id)
        .add("hidden", timeline.hidden())
        .add("cases", cases)
        .add("referrals", referrals)
        .build();
  }

  /**
   * The person's access report: {@code application/pdf}, as an attachment named {@code
   * inzage-<pseudonym>.pdf} (no name in a file name). Not cached: {@code NoStoreFilter} gives every
   * answer {@code Cache-Control: no-store}. 403 for anyone but the tenant's ZVH manager, 404 for a
   * person the tenant does not have (both logged).
   */
  @GET
  @Path("{person}/access-report")
  @Produces(PDF)
  public Response accessReport(
      @PathParam("tenant") String tenant, @PathParam("person") String person) {
    tenants.enter(tenant);
    long id = CaseId.parse(person).orElseThrow(CaseUnknown::new).value();
    SubjectAccessReports.Pdf pdf = reports.report(user, id);
    return Response.ok(pdf.bytes(), PDF)
        .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
        .build();
  }

  /**
   * The case director merges the person into another: {@code {"into": 12, "reason": "..."}}. The
   * answer names the merge record and what moved (ids only, no personal data).
   */
  @POST
  @Path("{person}/merge")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject merge(
      @PathParam("tenant") String tenant, @PathParam("person") String person, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "into", "reason");
    long into = personId(input, "into");
    String reason = Bodies.text(input, "reason");
    long id = CaseId.parse(person).orElseThrow(CaseUnknown::new).value();
    return merged(merges.merge(user, id, into, reason));
  }

  /** Undoes the person's latest merge: the links it moved go back. */
  @POST
  @Path("{person}/merge/undo")
  public JsonObject undo(@PathParam("tenant") String tenant, @PathParam("person") String person) {
    tenants.enter(tenant);
    long id = CaseId.parse(person).orElseThrow(CaseUnknown::new).value();
    return merged(merges.undo(user, id));
  }

  private static JsonObject merged(ClientMerge merge) {
    ClientMerge.Moved moved = merge.moved();
    return Json.createObjectBuilder()
        .add("merge", merge.id())
        .add("from", merge.from())
        .add("into", merge.into())
        .add("cases", ids(moved.cases()))
        .add("referrals", ids(moved.referrals()))
        .add("aliases", moved.aliases().size())
        .add("undone", merge.undoneAt().isPresent())
        .build();
  }

  private static JsonArrayBuilder ids(java.util.List<Long> ids) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    ids.forEach(list::add);
    return list;
  }

  /** A required person id: a whole number from 1. */
  private static long personId(JsonObject input, String field) {
    if (input.get(field) instanceof JsonNumber number) {
      try {
        long value = number.bigDecimalValue().longValueExact();
        if (value >= 1) {
          return value;
        }
      } catch (ArithmeticException e) {
        // Not a whole number in range: the same rule.
      }
    }
    throw new IllegalArgumentException(
        field + " must be the id of a person (a whole number from 1).");
  }

  private static JsonObjectBuilder track(CaseTrack track) {
    JsonArrayBuilder history = Json.createArrayBuilder();
    track
        .history()
        .forEach(
            h ->
                history.add(
                    Json.createObjectBuilder()
                        .add("status", h.to().name())
                        .add("at", h.at().toString())));
    JsonArrayBuilder care = Json.createArrayBuilder();
    track.care().forEach(c -> care.add(CaseJson.outcome(c, CareJson::item)));
    return CaseJson.summary(track.summary()).add("history", history).add("care", care);
  }

  private static JsonObjectBuilder referral(Timeline.ReferralItem r) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("referral", r.reference())
            .add("source", r.source().name())
            .add("receivedAt", r.receivedAt().toString());
    r.outcome().ifPresent(o -> json.add("outcome", o.name()));
    json.add("name", CaseJson.outcome(r.name(), n -> Json.createObjectBuilder().add("name", n)));
    json.add("texts", CaseJson.outcome(r.texts(), ReferralJson::texts));
    return json;
  }
}
