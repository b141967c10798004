package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Case search by BSN (issue #10, part 7) through the API: a person referred with a BSN and triaged
 * into a case is found by exactly those nine digits — through the blind index — by the case
 * director, and not by a partner that is not on the case; the BSN never appears in an answer or in
 * the log. What the test made is removed afterwards.
 */
class BsnSearchIT extends ApiTest {

  private static final String NAME = "Bsn Zoekpersoon";
  private static final String BSN = "231178414"; // passes the elfproef; fictional
  private static final String GV = "/api/v1/tenants/zvh-gv";

  @AfterEach
  void removeWhatWasMade() throws Exception {
    RegistryCleanup.remove(NAME);
  }

  @Test
  void aBsnFindsTheCaseOnlyForThoseWhoMaySeeItsClient() throws Exception {
    String person =
        "{\"person\": {\"name\": \""
            + NAME
            + "\", \"dateOfBirth\": \"1990-01-02\", \"bsn\": \""
            + BSN
            + "\"}, \"reason\": \"BsnSearchIT: aanmelding.\"}";
    HttpResponse<String> referred =
        Api.send("POST", GV + "/referrals", token("veiligthuis.gv"), person);
    assertEquals(201, referred.statusCode(), referred.body());
    long referral = Api.json(referred).getJsonNumber("id").longValue();
    HttpResponse<String> opened =
        Api.send(
            "POST",
            GV + "/triage/" + referral,
            token("regisseur.gv"),
            "{\"outcome\": \"OPEN_CASE\", \"reason\": \"BsnSearchIT: casus openen.\"}");
    assertEquals(200, opened.statusCode(), opened.body());
    String reference = Api.json(opened).getString("case");

    assertEquals(List.of(reference), search("regisseur.gv", BSN));
    assertEquals(List.of(), search("scharlakenkoord", BSN), "not on the case: not found");
    assertEquals(List.of(), search("regisseur.gv", "231178415"), "another number: not found");
    assertEquals(
        0,
        RegistryCleanup.count(
            "SELECT COUNT(*) FROM audit_event WHERE reason LIKE ?", "%" + BSN + "%"),
        "the BSN is never in the log");

    // The same BSN under another name is the same person; the other name becomes an alias.
    HttpResponse<String> again =
        Api.send(
            "POST", GV + "/referrals", token("politie.mnl"), person.replace(NAME, "Bsn Z. Anders"));
    assertEquals(201, again.statusCode(), again.body());
    assertFalse(again.body().contains("repeat"), "a referrer learns nothing of earlier cases");
    assertEquals(
        0, RegistryCleanup.count("SELECT COUNT(*) FROM client WHERE name = ?", "Bsn Z. Anders"));
    assertEquals(
        1,
        RegistryCleanup.count(
            "SELECT COUNT(*) FROM client_alias a JOIN client c ON c.id = a.client_id"
                + " WHERE c.name = ? AND a.alias = 'Bsn Z. Anders'",
            NAME));
  }

  private static List<String> search(String account, String query) {
    HttpResponse<String> response =
        Api.send(
            "POST",
            GV + "/cases/search",
            token(account),
            "{\"query\": \"" + query + "\", \"size\": 100}");
    assertEquals(200, response.statusCode(), response.body());
    assertFalse(response.body().contains(BSN), "the BSN is never shown");
    return Api.json(response).getJsonArray("cases").stream()
        .map(JsonValue::asJsonObject)
        .map(c -> c.getString("reference"))
        .toList();
  }
}
