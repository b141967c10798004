package nl.casustafel.api.registry;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.casefile.ExploitationForm;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.registry.Triage;
import nl.casustafel.registry.TriageDecision;
import nl.casustafel.registry.TriageDuplicates;
import nl.casustafel.registry.TriageEntry;
import nl.casustafel.registry.TriageOutcome;

/**
 * {@code /api/v1/tenants/{tenant}/triage}: the queue of undecided referrals and signals for the
 * ZVH's staff, and the case director's decision on one of them.
 */
@Path("tenants/{tenant}/triage")
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private Triage triage;
  @EJB private TriageDuplicates duplicates;

  @GET
  public JsonObject queue(@PathParam("tenant") String tenant) {
    tenants.enter(tenant);
    List<TriageEntry> entries = triage.queue(user);
    JsonArrayBuilder list = Json.createArrayBuilder();
    entries.forEach(e -> list.add(ReferralJson.entry(e)));
    return Json.createObjectBuilder().add("referrals", list).build();
  }

  /**
   * The likely duplicates of the referral's person among the tenant's clients, most likely first:
   * {@code {"referral": 1, "duplicates": [{"person": 12, "score": 0.97, "reason":
   * "SIMILAR_NAME_SAME_BIRTH_DATE", "name": {...}, "dateOfBirth": {...}}]}}. Each candidate is
   * anchored by {@code person}: its name and birth date are that person's IDENTIFYING data.
   */
  @GET
  @Path("{referral}/duplicates")
  public JsonObject duplicates(
      @PathParam("tenant") String tenant, @PathParam("referral") String id) {
    tenants.enter(tenant);
    long referral = nl.casustafel.casefile.CaseId.parse(id).orElseThrow(CaseUnknown::new).value();
    JsonArrayBuilder list = Json.createArrayBuilder();
    duplicates.of(user, referral).forEach(c -> list.add(ReferralJson.candidate(c)));
    return Json.createObjectBuilder().add("id", referral).add("duplicates", list).build();
  }

  /**
   * {@code {"outcome": "OPEN_CASE", "reason", "lead", "invite": ["partner-id"], "exploitationForm",
   * "forwardTo", "personInformed": true, "notInformedReason"}}.
   */
  @POST
  @Path("{referral}")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject decide(
      @PathParam("tenant") String tenant, @PathParam("referral") String id, JsonValue body) {
    tenants.enter(tenant);
    long referral = nl.casustafel.casefile.CaseId.parse(id).orElseThrow(CaseUnknown::new).value();
    Optional<String> opened = triage.decide(user, referral, decision(body));
    JsonObjectBuilder json = Json.createObjectBuilder().add("id", referral);
    opened.ifPresent(c -> json.add("case", c));
    return json.build();
  }

  private static TriageDecision decision(JsonValue body) {
    JsonObject input =
        Bodies.object(
            body,
            "outcome",
            "reason",
            "lead",
            "invite",
            "exploitationForm",
            "forwardTo",
            "personInformed",
            "notInformedReason");
    TriageOutcome outcome = Bodies.enumOf(TriageOutcome.class, input, "outcome", null);
    return new TriageDecision(
        outcome,
        Bodies.text(input, "reason"),
        partner(input, "forwardTo"),
        partner(input, "lead"),
        partners(input),
        input.containsKey("exploitationForm")
            ? Optional.of(Bodies.enumOf(ExploitationForm.class, input, "exploitationForm", null))
            : Optional.empty(),
        Bodies.bool(input, "personInformed", true),
        Optional.ofNullable(Bodies.text(input, "notInformedReason", null)));
  }

  private static Optional<PartnerId> partner(JsonObject input, String field) {
    return Optional.ofNullable(Bodies.text(input, field, null))
        .map(id -> Bodies.partnerId(field, id));
  }

  private static List<PartnerId> partners(JsonObject input) {
    if (!input.containsKey("invite")) {
      return List.of();
    }
    if (input.get("invite").getValueType() != JsonValue.ValueType.ARRAY
        || input.getJsonArray("invite").size() > 50) {
      throw new IllegalArgumentException("invite must be a list of at most 50 partner ids.");
    }
    List<PartnerId> ids = new ArrayList<>();
    for (JsonValue value : input.getJsonArray("invite")) {
      if (!(value instanceof JsonString s)) {
        throw new IllegalArgumentException("invite must be a list of partner ids.");
      }
      ids.add(Bodies.partnerId("invite", s.getString()));
    }
    return ids;
  }
}
