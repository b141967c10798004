package nl.casustafel.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A case's trafficking details on the real stack (issue #13, part 1): the case director records
 * them; Veilig Thuis, on case 1 with VICTIM_STATUS but without JUSTICE, reads the one half and
 * finds the other redacted, and may not write it; bad input changes nothing. Case 1's details are
 * put back afterwards.
 */
class TraffickingDetailsIT extends ApiTest {

  private static final String CASE_1 = "/api/v1/tenants/zvh-gv/cases/1/trafficking";
  private static final String DETAILS =
      "{\"victim\": {\"form\": \"SEXUAL\", \"municipality\": \"Hilversum\", \"status\": \"ACTUAL\","
          + " \"statusBy\": \"politie-midden-nederland\", \"statusOn\": \"2026-03-20\","
          + " \"recruitment\": [\"LOVERBOY\"], \"control\": [\"THREATS\", \"ISOLATION\"],"
          + " \"comenshaRegistered\": true, \"comenshaOn\": \"2026-03-25\"},"
          + " \"justice\": {\"residence\": \"REFLECTION_PERIOD\", \"policeReport\": \"CONSIDERING\"}}";

  @Test
  void theDirectorRecordsAndAPartnerReadsWhatTheCovenantGrants() {
    HttpResponse<String> saved = Api.send("PUT", CASE_1, token("regisseur.gv"), DETAILS);
    assertEquals(200, saved.statusCode(), saved.body());
    JsonObject mine = Api.json(saved);
    assertEquals("ACTUAL", mine.getJsonObject("victim").getString("status"));
    assertEquals("CONSIDERING", mine.getJsonObject("justice").getString("policeReport"));

    HttpResponse<String> read = Api.get(CASE_1, token("veiligthuis.gv"));
    assertEquals(200, read.statusCode(), read.body());
    JsonObject theirs = Api.json(read);
    assertEquals("Hilversum", theirs.getJsonObject("victim").getString("municipality"));
    assertTrue(theirs.getJsonObject("justice").getBoolean("redacted"), read.body());
    assertFalse(read.body().contains("CONSIDERING"), read.body());

    String justiceOnly = "{\"justice\": {\"policeReport\": \"FILED\"}}";
    assertEquals(403, Api.send("PUT", CASE_1, token("veiligthuis.gv"), justiceOnly).statusCode());
    assertEquals(404, Api.get(CASE_1, token("gemeente.hilversum")).statusCode());
    assertEquals(
        "CONSIDERING",
        Api.json(Api.get(CASE_1, token("regisseur.gv")))
            .getJsonObject("justice")
            .getString("policeReport"),
        "a refused write changes nothing");
  }

  @Test
  void badDetailsAreRefusedAndChangeNothing() {
    String before = Api.get(CASE_1, token("regisseur.gv")).body();
    for (String bad :
        new String[] {
          "{\"victim\": {\"form\": \"SEXUAL\", \"sector\": \"HOSPITALITY\"}}",
          "{\"victim\": {\"form\": \"OTHER\"}}",
          "{\"victim\": {\"form\": \"SEXUAL\", \"municipality\": \"Amsterdam\"}}",
          "{\"victim\": {\"status\": \"ACTUAL\"}}",
          "{\"victim\": {\"status\": \"ACTUAL\", \"statusBy\": \"politie-midden-nederland\","
              + " \"statusOn\": \"2999-01-01\"}}",
          "{\"victim\": {\"recruitment\": [\"MAGIC\"]}}",
          "{\"justice\": {\"policeReport\": \"MAYBE\"}}"
        }) {
      HttpResponse<String> refused = Api.send("PUT", CASE_1, token("regisseur.gv"), bad);
      assertEquals(400, refused.statusCode(), bad + " → " + refused.body());
    }
    assertEquals(before, Api.get(CASE_1, token("regisseur.gv")).body());
  }

  @AfterEach
  void putBack() throws SQLException {
    try (Connection db = ownerDatabase();
        PreparedStatement s =
            db.prepareStatement(
                "UPDATE case_file SET exploitation_form = 'SEXUAL', exploitation_sector = NULL,"
                    + " exploitation_other = NULL, exploitation_municipality = NULL,"
                    + " victim_status = NULL, victim_status_by = NULL, victim_status_on = NULL,"
                    + " recruitment_means = NULL, control_means = NULL,"
                    + " comensha_registered = NULL, comensha_registered_on = NULL,"
                    + " residence_procedure = NULL, police_report = NULL WHERE id = 1")) {
      s.executeUpdate();
    }
  }
}
