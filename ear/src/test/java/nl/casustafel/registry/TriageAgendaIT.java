package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Open case, discuss at the next conference" (issue #11, part 2): a case opened at triage goes
 * onto the next planned conference of a series by itself, with the reason TRIAGE. The series (in
 * 2030, after every demo conference) and the case are removed afterwards.
 */
class TriageAgendaIT extends ApiTest {

  private static final String NAME = "Agenda Triagepersoon";
  private static final String GV = "/api/v1/tenants/zvh-gv";

  @AfterEach
  void removeWhatWasMade() throws Exception {
    RegistryCleanup.remove(NAME);
    try (Connection db = ApiTest.ownerDatabase()) {
      for (String sql :
          new String[] {
            "DELETE v FROM agenda_invitee v JOIN agenda_item i ON i.id = v.agenda_item_id"
                + " JOIN conference c ON c.id = i.conference_id WHERE c.title = 'IT Triagereeks'",
            "DELETE i FROM agenda_item i JOIN conference c ON c.id = i.conference_id"
                + " WHERE c.title = 'IT Triagereeks'",
            "DELETE FROM conference WHERE title = 'IT Triagereeks'",
            "DELETE FROM conference_series WHERE title = 'IT Triagereeks'"
          }) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
          s.executeUpdate();
        }
      }
    }
  }

  @Test
  void aCaseOpenedAtTriageIsOnTheNextConferenceOfASeries() throws Exception {
    HttpResponse<String> series =
        Api.send(
            "POST",
            GV + "/conference-series",
            token("manager.gv"),
            "{\"title\": \"IT Triagereeks\", \"weekday\": \"TUESDAY\", \"start\": \"10:00\","
                + " \"end\": \"12:00\", \"intervalWeeks\": 2, \"firstDay\": \"2030-01-01\","
                + " \"lastDay\": \"2030-01-29\", \"place\": \"Hilversum\"}");
    assertEquals(201, series.statusCode(), series.body());
    HttpResponse<String> referred =
        Api.send(
            "POST",
            GV + "/referrals",
            token("veiligthuis.gv"),
            "{\"person\": {\"name\": \""
                + NAME
                + "\", \"dateOfBirth\": \"1991-02-03\"},"
                + " \"reason\": \"TriageAgendaIT: aanmelding.\"}");
    assertEquals(201, referred.statusCode(), referred.body());
    long referral = Api.json(referred).getJsonNumber("id").longValue();
    HttpResponse<String> opened =
        Api.send(
            "POST",
            GV + "/triage/" + referral,
            token("regisseur.gv"),
            "{\"outcome\": \"OPEN_CASE\", \"reason\": \"TriageAgendaIT: casus openen.\"}");
    assertEquals(200, opened.statusCode(), opened.body());
    String reference = Api.json(opened).getString("case");

    JsonObject calendar =
        Api.json(Api.get(GV + "/conferences?from=2030-01-01&to=2030-02-01", token("regisseur.gv")));
    JsonObject first = calendar.getJsonArray("conferences").getJsonObject(0);
    assertEquals("2030-01-01T09:00:00Z", first.getString("start"), "10:00 in Amsterdam, winter");
    assertEquals(3, calendar.getJsonArray("conferences").size(), "1, 15 and 29 January");
    JsonObject view =
        Api.json(
            Api.get(
                GV + "/conferences/" + first.getJsonNumber("id").longValue(),
                token("regisseur.gv")));
    JsonObject item = view.getJsonArray("items").getJsonObject(0);
    assertEquals("TRIAGE", item.getString("reason"));
    assertEquals(reference, item.getJsonObject("case").getString("reference"));
    assertTrue(view.getJsonArray("items").size() == 1, view.toString());
  }
}
