package nl.casustafel.api.registry;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Optional;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.api.casefile.CaseJson;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.casefile.PersonDetails;
import nl.casustafel.registry.ReferralForm;
import nl.casustafel.registry.ReferralReceipt;
import nl.casustafel.registry.TriageDuplicates;
import nl.casustafel.registry.TriageEntry;

/**
 * JSON of the registry's referrals. A referral is named by {@code "referral": "AM-2026-00012"}
 * (never by {@code reference}, which names a case); what the decision point disclosed of its person
 * carries its category and legal basis, as in a case file.
 */
final class ReferralJson {

  static final String[] PERSON_FIELDS = {
    "name",
    "dateOfBirth",
    "bsn",
    "estimatedBirthYear",
    "gender",
    "nationality",
    "municipality",
    "address",
    "phone",
    "email",
    "safeToContact",
    "preferredChannel"
  };

  private ReferralJson() {}

  /** The form of a referral or signal from its body (person required or optional). */
  static ReferralForm form(JsonObject body, boolean personRequired) {
    Optional<JsonObject> person = Bodies.objectField(body, "person", PERSON_FIELDS);
    if (personRequired && person.isEmpty()) {
      throw new IllegalArgumentException("person is required.");
    }
    return new ReferralForm(
        person.map(ReferralJson::person),
        Bodies.enumOf(CaseType.class, body, "caseType", CaseType.HUMAN_TRAFFICKING),
        Bodies.text(body, "reason"),
        Bodies.text(body, "goal", null),
        Bodies.text(body, "partnersToInvite", null));
  }

  private static ReferralForm.Person person(JsonObject p) {
    int year = Bodies.wholeNumber(p, "estimatedBirthYear", 0, 1900, 2100);
    PersonDetails details =
        new PersonDetails(
            year == 0 ? Optional.empty() : Optional.of(year),
            optional(p, "gender"),
            optional(p, "nationality"),
            optional(p, "municipality"),
            optional(p, "address"),
            optional(p, "phone"),
            optional(p, "email"),
            p.containsKey("safeToContact")
                ? Optional.of(Bodies.bool(p, "safeToContact", false))
                : Optional.empty(),
            optional(p, "preferredChannel"));
    return new ReferralForm.Person(
        Bodies.text(p, "name"), Bodies.date(p, "dateOfBirth"), optional(p, "bsn"), details);
  }

  private static Optional<String> optional(JsonObject body, String field) {
    return Optional.ofNullable(Bodies.text(body, field, null)).filter(t -> !t.isBlank());
  }

  static JsonObjectBuilder receipt(ReferralReceipt r) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", r.id())
            .add("referral", r.reference())
            .add("caseType", r.caseType().name())
            .add("receivedAt", r.receivedAt().toString())
            .add("triageDate", r.triageDate().toString());
    r.outcome().ifPresent(o -> json.add("outcome", o.name()));
    r.decidedAt().ifPresent(d -> json.add("decidedAt", d.toString()));
    r.forwardedTo().ifPresent(p -> json.add("forwardedTo", p.value()));
    return json;
  }

  static JsonObjectBuilder entry(TriageEntry e) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", e.id())
            .add("referral", e.reference())
            .add("source", e.source().name())
            .add("caseType", e.caseType().name())
            .add("referrer", e.referrer().value())
            .add("receivedAt", e.receivedAt().toString())
            .add("triageDate", e.triageDate().toString())
            .add("repeat", e.repeat())
            .add("bsnKnown", e.bsnKnown());
    e.name().ifPresent(n -> json.add("name", CaseJson.outcome(n, v -> named("name", v))));
    e.dateOfBirth()
        .ifPresent(
            d ->
                json.add(
                    "dateOfBirth",
                    CaseJson.outcome(d, v -> named("date", v.map(Object::toString).orElse(null)))));
    json.add("texts", CaseJson.outcome(e.texts(), ReferralJson::texts));
    return json;
  }

  /** A likely duplicate, anchored by {@code "person"} (its client id). */
  static JsonObjectBuilder candidate(TriageDuplicates.Candidate c) {
    return Json.createObjectBuilder()
        .add("person", c.client())
        .add("score", Math.round(c.match().score() * 1000) / 1000.0)
        .add("reason", c.match().reason().name())
        .add("name", CaseJson.outcome(c.name(), v -> named("name", v)))
        .add(
            "dateOfBirth",
            CaseJson.outcome(
                c.dateOfBirth(), v -> named("date", v.map(Object::toString).orElse(null))));
  }

  static JsonObjectBuilder texts(TriageEntry.Texts t) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("reason", t.reason());
    t.goal().ifPresent(g -> json.add("goal", g));
    t.partnersToInvite().ifPresent(p -> json.add("partnersToInvite", p));
    return json;
  }

  private static JsonObjectBuilder named(String field, String value) {
    return Json.createObjectBuilder()
        .add(field, value == null ? JsonValue.NULL : Json.createValue(value));
  }

  static JsonArrayBuilder array() {
    return Json.createArrayBuilder();
  }
}
