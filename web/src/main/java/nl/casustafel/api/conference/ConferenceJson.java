package nl.casustafel.api.conference;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import nl.casustafel.api.casefile.CaseJson;
import nl.casustafel.casefile.CaseRecords;
import nl.casustafel.conference.Attendance;
import nl.casustafel.conference.CaseRecord;
import nl.casustafel.conference.Conference;
import nl.casustafel.conference.ConferenceEntry;
import nl.casustafel.conference.ConferenceView;
import nl.casustafel.conference.ItemView;
import nl.casustafel.conference.Venue;

/**
 * Conferences as JSON. A case shown carries {@code id} and {@code reference}; each of its records
 * shows with its {@code category} and {@code basis} when disclosed, or redacted with the reason. A
 * case the reader's organisation does not take part in is {@code "hidden": true} and nothing else.
 */
final class ConferenceJson {

  private ConferenceJson() {}

  static JsonObjectBuilder entry(ConferenceEntry e) {
    return venue(
        Json.createObjectBuilder()
            .add("id", e.id())
            .add("title", e.title())
            .add("start", e.start().toString())
            .add("end", e.end().toString())
            .add("status", e.status().name())
            .add("individual", e.individual())
            .add("items", e.items()),
        e.venue());
  }

  static JsonObjectBuilder conference(Conference c) {
    return venue(
        Json.createObjectBuilder()
            .add("id", c.id())
            .add("title", c.title())
            .add("start", c.start().toString())
            .add("end", c.end().toString())
            .add("status", c.status().name())
            .add("sequence", c.sequence()),
        c.venue());
  }

  static JsonObjectBuilder view(ConferenceView v) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    v.items().forEach(i -> items.add(item(i)));
    JsonArrayBuilder attendance = Json.createArrayBuilder();
    v.attendance().forEach(a -> attendance.add(attendance(a)));
    JsonObjectBuilder json = conference(v.conference()).add("items", items);
    v.overrun().ifPresent(o -> json.add("overrunMinutes", o.toMinutes()));
    return json.add("attendance", attendance)
        .add(
            "rights",
            Json.createObjectBuilder()
                .add("plan", v.rights().plan())
                .add("direct", v.rights().direct())
                .add("keepMinutes", v.rights().keepMinutes()));
  }

  static JsonObjectBuilder attendance(Attendance a) {
    return Json.createObjectBuilder()
        .add("id", a.id())
        .add("partner", a.partner().value())
        .add("person", a.person())
        .add("presence", a.presence().name());
  }

  private static JsonObjectBuilder item(ItemView i) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", i.id())
            .add("position", i.position())
            .add("timeboxMinutes", i.timebox().toMinutes())
            .add("plannedStart", i.plannedStart().toString())
            .add("plannedEnd", i.plannedEnd().toString())
            .add("overruns", i.overruns());
    if (i.shown().isEmpty()) {
      return json.add("hidden", true);
    }
    JsonArrayBuilder invitees = Json.createArrayBuilder();
    i.invitees().forEach(p -> invitees.add(p.value()));
    return json.add("reason", i.reason().name())
        .add("invitees", invitees)
        .add("case", shown(i.shown().get()));
  }

  static JsonObjectBuilder shown(CaseRecords.Shown<CaseRecord> s) {
    JsonArrayBuilder records = Json.createArrayBuilder();
    s.records().forEach(o -> records.add(CaseJson.outcome(o, ConferenceJson::record)));
    return Json.createObjectBuilder()
        .add("id", s.id().value())
        .add("reference", s.reference())
        .add("client", CaseJson.outcome(s.client(), n -> Json.createObjectBuilder().add("name", n)))
        .add("statementRequired", s.statementRequired())
        .add("records", records);
  }

  static JsonObjectBuilder record(CaseRecord r) {
    if (r instanceof CaseRecord.Paragraph p) {
      return Json.createObjectBuilder()
          .add("type", "paragraph")
          .add("id", p.id())
          .add("kind", p.kind().name())
          .add("text", p.text())
          .add("writtenBy", p.writtenBy())
          .add("writtenAt", p.writtenAt().toString())
          .add("version", p.version());
    }
    CaseRecord.Pact a = (CaseRecord.Pact) r;
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("type", "agreement")
            .add("id", a.id())
            .add("what", a.what())
            .add("owner", a.owner().value())
            .add("dueOn", a.dueOn().toString())
            .add("status", a.status().name())
            .add("due", a.due().name());
    a.reason().ifPresent(reason -> json.add("statusReason", reason));
    return json;
  }

  private static JsonObjectBuilder venue(JsonObjectBuilder json, Venue v) {
    v.place().ifPresent(p -> json.add("place", p));
    v.videoLink().ifPresent(l -> json.add("videoLink", l.toString()));
    return json;
  }
}
