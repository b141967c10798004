package nl.casustafel.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import nl.casustafel.it.Mailbox;
import nl.casustafel.it.Ready;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole conference through the API: the manager plans it, the case director puts two cases on the
 * agenda and invites Veilig Thuis to one; Veilig Thuis sees that case and "niet voor uw
 * organisatie" for the other; every mail is read back from GreenMail and its .ics parsed with
 * ical4j (UID kept, SEQUENCE raised, METHOD, the hour in Europe/Amsterdam) and none names the
 * client or a case; two writers on one paragraph: the later save is refused (409).
 */
class ConferenceIT extends ApiTest {

  private static final String GV = "/api/v1/tenants/zvh-gv";
  private static final String VT = "veilig-thuis-gooi-en-vechtstreek";
  private static final String VT_MAIL = "casusoverleg@" + VT + ".example";

  /** Client names and references of demo cases 1 and 3, which no mail may carry. */
  private static final List<String> NEVER_IN_MAIL =
      List.of("Daria", "Petrova", "MH-2026-001", "MH-2026-003", "BSN");

  private static final List<Long> planned = new ArrayList<>();

  @BeforeAll
  static void ready() {
    Ready.await();
    Mailbox.purge();
  }

  @Test
  void aConferenceFromPlanningToMinutesTellsOnlyWhatEachPartnerMaySee() throws Exception {
    // 30 March 2027 lies after the spring change: 10:00 in Amsterdam is 08:00Z.
    long conference =
        plan(
            "{\"title\": \"IT Casusoverleg\", \"start\": \"2027-03-30T10:00\","
                + " \"end\": \"2027-03-30T12:00\", \"place\": \"Hilversum\"}");
    // Case 1 has an open agreement (demo) due before this conference: it is on the agenda already.
    JsonObject planned =
        Api.json(Api.get(GV + "/conferences/" + conference, token("regisseur.gv")));
    JsonObject due = planned.getJsonArray("items").getJsonObject(0);
    assertEquals("AGREEMENTS_DUE", due.getString("reason"));
    assertEquals(1, due.getJsonObject("case").getJsonNumber("id").longValue());
    long item1 = due.getJsonNumber("id").longValue();
    addItem(conference, 3);
    HttpResponse<String> invited =
        Api.send(
            "POST",
            GV + "/agenda-items/" + item1 + "/invitations",
            token("regisseur.gv"),
            "{\"partner\": \"" + VT + "\"}");
    assertTrue(invited.statusCode() == 201 || invited.statusCode() == 200, invited.body());

    JsonObject seen = Api.json(Api.get(GV + "/conferences/" + conference, token("veiligthuis.gv")));
    JsonObject first = seen.getJsonArray("items").getJsonObject(0);
    JsonObject second = seen.getJsonArray("items").getJsonObject(1);
    assertEquals("MH-2026-001", first.getJsonObject("case").getString("reference"));
    assertTrue(second.getBoolean("hidden"));
    assertFalse(second.containsKey("case"), second.toString());

    Mailbox.Received invitation = Mailbox.await(VT_MAIL, 1).get(0);
    VEvent event = event(invitation, "REQUEST");
    assertEquals("0", event.getSequence().getValue());
    assertEquals(10, hourInAmsterdam(event));
    String uid = event.getUid().get().getValue();
    noPersonalData(invitation);

    move(conference, "2027-03-30T13:00", "2027-03-30T15:00");
    Mailbox.Received moved = Mailbox.await(VT_MAIL, 2).get(1);
    VEvent update = event(moved, "REQUEST");
    assertEquals(uid, update.getUid().get().getValue());
    assertEquals("1", update.getSequence().getValue());
    assertEquals(13, hourInAmsterdam(update));
    noPersonalData(moved);

    twoWritersOnOneParagraph(item1);

    HttpResponse<String> finalised =
        Api.send(
            "POST", GV + "/conferences/" + conference + "/finalise", token("regisseur.gv"), null);
    assertEquals(200, finalised.statusCode(), finalised.body());
    Mailbox.Received ready = Mailbox.await(VT_MAIL, 3).get(2);
    assertTrue(ready.ics().isEmpty());
    noPersonalData(ready);
    HttpResponse<String> late =
        Api.send("POST", GV + "/conferences/" + conference + "/cancel", token("manager.gv"), null);
    assertEquals(409, late.statusCode(), late.body());
  }

  @Test
  void aCancellationKeepsTheUidAndRaisesTheSequence() throws Exception {
    long conference =
        plan(
            "{\"title\": \"IT ICO\", \"start\": \"2027-01-12T10:00\","
                + " \"end\": \"2027-01-12T11:00\", \"videoLink\": \"https://meet.example/ico\"}");
    long item = addItem(conference, 4);
    String politie = "casusoverleg@politie-midden-nederland.example";
    int before = Mailbox.of(politie).size();
    Api.send(
        "POST",
        GV + "/agenda-items/" + item + "/invitations",
        token("regisseur.gv"),
        "{\"partner\": \"politie-midden-nederland\"}");
    VEvent invited = event(Mailbox.await(politie, before + 1).get(before), "REQUEST");
    assertEquals(10, hourInAmsterdam(invited)); // 12 January: winter time, 09:00Z
    HttpResponse<String> cancelled =
        Api.send("POST", GV + "/conferences/" + conference + "/cancel", token("manager.gv"), null);
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    Mailbox.Received mail = Mailbox.await(politie, before + 2).get(before + 1);
    VEvent cancel = event(mail, "CANCEL");
    assertEquals(invited.getUid().get().getValue(), cancel.getUid().get().getValue());
    assertEquals("1", cancel.getSequence().getValue());
    noPersonalData(mail);
  }

  @Test
  void aPartnerMayNotPlanAndAManagerMayNotPutCasesOnTheAgenda() {
    HttpResponse<String> partner =
        Api.send(
            "POST",
            GV + "/conferences",
            token("veiligthuis.gv"),
            "{\"title\": \"Niet van mij\", \"start\": \"2027-02-02T10:00\","
                + " \"end\": \"2027-02-02T11:00\", \"place\": \"Hilversum\"}");
    assertEquals(403, partner.statusCode(), partner.body());
    HttpResponse<String> manager =
        Api.send("POST", GV + "/conferences/1/items", token("manager.gv"), "{\"case\": 3}");
    assertEquals(403, manager.statusCode(), manager.body());
  }

  private static void twoWritersOnOneParagraph(long item) {
    HttpResponse<String> written =
        Api.send(
            "POST",
            GV + "/agenda-items/" + item + "/minutes",
            token("regisseur.gv"),
            "{\"category\": \"SOCIAL\", \"text\": \"Eerste versie van het verslag.\"}");
    assertEquals(201, written.statusCode(), written.body());
    JsonObject paragraph = Api.json(written);
    String path = GV + "/minutes/" + paragraph.getJsonNumber("id").longValue();
    String seen = "\"version\": " + paragraph.getJsonNumber("version").longValue();
    HttpResponse<String> one =
        Api.send("PUT", path, token("zorgcoord.gv"), "{" + seen + ", \"text\": \"Versie A.\"}");
    assertEquals(200, one.statusCode(), one.body());
    HttpResponse<String> two =
        Api.send("PUT", path, token("regisseur.gv"), "{" + seen + ", \"text\": \"Versie B.\"}");
    assertEquals(409, two.statusCode(), two.body());
    JsonObject view =
        Api.json(Api.get(GV + "/conferences/" + conferenceOfLastPlan(), token("regisseur.gv")));
    assertTrue(view.toString().contains("Versie A."), "the first save stays");
    assertFalse(view.toString().contains("Versie B."), "the later save is not stored");
  }

  private static long conferenceOfLastPlan() {
    return planned.get(planned.size() - 1);
  }

  private static long plan(String body) {
    HttpResponse<String> response =
        Api.send("POST", GV + "/conferences", token("manager.gv"), body);
    assertEquals(201, response.statusCode(), response.body());
    long id = Api.json(response).getJsonNumber("id").longValue();
    planned.add(id);
    return id;
  }

  private static long addItem(long conference, long kase) {
    HttpResponse<String> response =
        Api.send(
            "POST",
            GV + "/conferences/" + conference + "/items",
            token("regisseur.gv"),
            "{\"case\": " + kase + "}");
    assertEquals(201, response.statusCode(), response.body());
    return Api.json(response).getJsonNumber("id").longValue();
  }

  private static void move(long conference, String start, String end) {
    HttpResponse<String> response =
        Api.send(
            "POST",
            GV + "/conferences/" + conference + "/move",
            token("manager.gv"),
            "{\"start\": \"" + start + "\", \"end\": \"" + end + "\"}");
    assertEquals(200, response.statusCode(), response.body());
  }

  private static VEvent event(Mailbox.Received mail, String method) throws Exception {
    assertEquals(method, mail.icsMethod().orElseThrow());
    Calendar calendar = new CalendarBuilder().build(new StringReader(mail.ics().orElseThrow()));
    assertEquals(method, calendar.getMethod().getValue());
    assertTrue(mail.ics().get().contains("BEGIN:VTIMEZONE"), "VTIMEZONE Europe/Amsterdam");
    return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
  }

  private static int hourInAmsterdam(VEvent event) {
    ZonedDateTime start =
        ZonedDateTime.from(event.getDateTimeStart().getDate())
            .withZoneSameInstant(ZoneId.of("Europe/Amsterdam"));
    return start.getHour();
  }

  private static void noPersonalData(Mailbox.Received mail) {
    String all = mail.subject() + "\n" + mail.text() + "\n" + mail.ics().orElse("");
    for (String word : NEVER_IN_MAIL) {
      assertFalse(all.contains(word), "a mail names " + word + ": " + all);
    }
  }

  @AfterAll
  static void removeConferences() throws Exception {
    String[] statements = {
      "DELETE FROM agreement WHERE agenda_item_id IN (SELECT id FROM agenda_item WHERE conference_id = ?)",
      "DELETE FROM minutes_paragraph WHERE agenda_item_id IN"
          + " (SELECT id FROM agenda_item WHERE conference_id = ?)",
      "DELETE FROM agenda_invitee WHERE agenda_item_id IN"
          + " (SELECT id FROM agenda_item WHERE conference_id = ?)",
      "DELETE FROM agenda_item WHERE conference_id = ?",
      "DELETE FROM attendance WHERE conference_id = ?",
      "DELETE FROM conference WHERE id = ?"
    };
    try (Connection db = ApiTest.ownerDatabase()) {
      for (long id : planned) {
        for (String sql : statements) {
          try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
          }
        }
      }
    }
  }
}
