package nl.casustafel.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.Test;

/** The case API's answers to refused and bad input: a clear error, and nothing stored. */
class CaseApiIT extends ApiTest {

  private static final String CASE_3 = "/api/v1/tenants/zvh-gv/cases/3";

  private static int items(String token) {
    return Api.json(Api.get(CASE_3, token)).getJsonArray("information").size();
  }

  @Test
  void aRefusedOrInvalidWriteStoresNothingAndSaysWhy() {
    String director = token("regisseur.gv");
    int before = items(director);

    HttpResponse<String> noGrant =
        Api.send(
            "POST",
            "/api/v1/tenants/zvh-gv/cases/1/information",
            token("veiligthuis.gv"),
            "{\"category\": \"JUSTICE\", \"text\": \"mag niet\"}");
    assertEquals(403, noGrant.statusCode());
    assertEquals("CATEGORY_NOT_GRANTED", Api.json(noGrant).getString("reason"));
    assertEquals("art. 5.3", Api.json(noGrant).getString("article"));

    for (String bad :
        new String[] {
          "{\"category\": \"GOSSIP\", \"text\": \"x\"}",
          "{\"category\": \"SOCIAL\", \"text\": \"   \"}",
          "{\"category\": \"SOCIAL\", \"text\": \"\\u200B\\u2060\\u00A0\\u202E\\uFEFF\"}",
          "{\"category\": \"SOCIAL\", \"text\": \"" + "x".repeat(4001) + "\"}",
          "{\"category\": \"SOCIAL\", \"text\": \"x\", \"purpose\": \"CURIOSITY\"}",
          "not json",
          "[]"
        }) {
      HttpResponse<String> response = Api.send("POST", CASE_3 + "/information", director, bad);
      assertEquals(400, response.statusCode(), bad);
      assertTrue(Api.json(response).getString("error").length() > 10, response.body());
    }
    assertEquals(before, items(director), "a refused or invalid write stored something");
  }

  @Test
  void invisibleCharactersAreNoReasonToBreakTheGlass() {
    String director = token("regisseur.gv");
    for (String reason :
        new String[] {
          "\\u200B".repeat(12), // zero-width spaces
          "\\u202E\\u202D\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061C\\u202C", // bidi
          "\\u00A0".repeat(12), // non-breaking spaces
          "\\u00A0Crisis\\u200B\\u200B\\u200B\\u200B\\u200B" // six visible characters
        }) {
      HttpResponse<String> response =
          Api.send(
              "POST",
              "/api/v1/tenants/zvh-gv/cases/8/break-glass",
              director,
              "{\"reason\": \"" + reason + "\"}");
      assertEquals(400, response.statusCode(), reason);
      assertEquals(
          "reason must contain at least 10 visible characters.",
          Api.json(response).getString("error"),
          reason);
    }
  }

  @Test
  void invitingSomeoneOutsideTheCovenantIsRefusedClearly() {
    HttpResponse<String> response =
        Api.send(
            "POST",
            CASE_3 + "/participations",
            token("regisseur.gv"),
            "{\"partner\": \"leger-des-heils\"}");
    assertEquals(400, response.statusCode());
    assertTrue(Api.json(response).getString("error").contains("no valid membership"));
    HttpResponse<String> badUntil =
        Api.send(
            "POST",
            CASE_3 + "/participations",
            token("regisseur.gv"),
            "{\"partner\": \"politie-midden-nederland\", \"until\": \"morgen\"}");
    assertEquals(400, badUntil.statusCode());
  }
}
