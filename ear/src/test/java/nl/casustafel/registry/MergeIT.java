package nl.casustafel.registry;

import static nl.casustafel.registry.RegistryCleanup.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Duplicates and merge (issue #10, part 6) through the API against the real database: two referrals
 * of the same person (same name and birth date) become two clients; triage proposes the one as a
 * likely duplicate of the other (logged about the candidate); the case director merges them, so
 * both cases and referrals are on one client; the undo restores every link; each step is in the log
 * without a name. What the test made is removed afterwards.
 */
class MergeIT extends ApiTest {

  private static final String NAME = "Merge Testpersoon";
  private static final String GV = "/api/v1/tenants/zvh-gv";

  @AfterEach
  void removeWhatWasMade() throws Exception {
    RegistryCleanup.remove(NAME);
  }

  @Test
  void duplicatesAreProposedMergedAndTheMergeIsUndone() throws Exception {
    long first = refer();
    long second = refer();
    long a = clientOf(first);
    long b = clientOf(second);
    assertTrue(a != b, "without a BSN the same name is registered twice");

    HttpResponse<String> proposed =
        Api.get(GV + "/triage/" + second + "/duplicates", token("regisseur.gv"));
    assertEquals(200, proposed.statusCode(), proposed.body());
    JsonObject candidate = candidate(Api.json(proposed), a);
    assertEquals("SIMILAR_NAME_SAME_BIRTH_DATE", candidate.getString("reason"));
    assertEquals(NAME, candidate.getJsonObject("name").getString("name"));
    assertTrue(
        count(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'SEARCH' AND decision = 'PERMIT'"
                    + " AND reason LIKE ? AND categories = 'IDENTIFYING'"
                    + " AND subject_ref IS NOT NULL AND legal_basis IS NOT NULL",
                "person=" + a + " duplicate of referral=%")
            >= 1,
        "the candidate shown is logged about the candidate");

    openCase(first);
    openCase(second);
    assertEquals(1, casesOf(a));
    assertEquals(1, casesOf(b));

    String body = "{\"into\": " + a + ", \"reason\": \"MergeIT: dezelfde persoon.\"}";
    HttpResponse<String> refused =
        Api.send("POST", GV + "/persons/" + b + "/merge", token("zorgcoord.gv"), body);
    assertEquals(403, refused.statusCode(), refused.body());
    HttpResponse<String> unknown =
        Api.send(
            "POST",
            GV + "/persons/" + b + "/merge",
            token("regisseur.gv"),
            "{\"into\": 999999, \"reason\": \"MergeIT: bestaat niet.\"}");
    assertEquals(404, unknown.statusCode(), unknown.body());
    assertEquals(1, casesOf(b), "a refused merge changes nothing");

    HttpResponse<String> merged =
        Api.send("POST", GV + "/persons/" + b + "/merge", token("regisseur.gv"), body);
    assertEquals(200, merged.statusCode(), merged.body());
    long merge = Api.json(merged).getJsonNumber("merge").longValue();
    assertEquals(2, casesOf(a));
    assertEquals(0, casesOf(b));
    assertEquals(2, referralsOf(a));
    assertEquals(0, referralsOf(b));
    assertEquals(1, count("SELECT COUNT(*) FROM client WHERE id = ? AND merged_into = ?", b, a));
    assertEquals(2, events("MERGE merge=" + merge + " %"));
    HttpResponse<String> twice =
        Api.send("POST", GV + "/persons/" + b + "/merge", token("regisseur.gv"), body);
    assertEquals(400, twice.statusCode(), twice.body());

    HttpResponse<String> undone =
        Api.send("POST", GV + "/persons/" + b + "/merge/undo", token("regisseur.gv"), null);
    assertEquals(200, undone.statusCode(), undone.body());
    assertEquals(1, casesOf(a));
    assertEquals(1, casesOf(b));
    assertEquals(1, referralsOf(a));
    assertEquals(1, referralsOf(b));
    assertEquals(
        0, count("SELECT COUNT(*) FROM client WHERE id = ? AND merged_into IS NOT NULL", b));
    assertEquals(
        1,
        count("SELECT COUNT(*) FROM client_merge WHERE id = ? AND undone_at IS NOT NULL", merge));
    assertEquals(2, events("MERGE UNDONE merge=" + merge + " %"));
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM audit_event WHERE reason LIKE '%MERGE%' AND reason LIKE ?",
            "%" + NAME + "%"),
        "no name in the log");
  }

  private static long refer() {
    String body =
        "{\"person\": {\"name\": \""
            + NAME
            + "\", \"dateOfBirth\": \"1988-08-08\"}, \"reason\": \"MergeIT: aanmelding.\"}";
    HttpResponse<String> response =
        Api.send("POST", GV + "/referrals", token("veiligthuis.gv"), body);
    assertEquals(201, response.statusCode(), response.body());
    return Api.json(response).getJsonNumber("id").longValue();
  }

  private static void openCase(long referral) {
    HttpResponse<String> response =
        Api.send(
            "POST",
            GV + "/triage/" + referral,
            token("regisseur.gv"),
            "{\"outcome\": \"OPEN_CASE\", \"reason\": \"MergeIT: casus openen.\"}");
    assertEquals(200, response.statusCode(), response.body());
  }

  private static JsonObject candidate(JsonObject answer, long person) {
    return answer.getJsonArray("duplicates").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getJsonNumber("person").longValue() == person)
        .findFirst()
        .orElseThrow(() -> new AssertionError("person " + person + " not proposed: " + answer));
  }

  private static long clientOf(long referral) throws Exception {
    return count("SELECT client_id FROM referral WHERE id = ?", referral);
  }

  private static long casesOf(long client) throws Exception {
    return count("SELECT COUNT(*) FROM case_file WHERE client_id = ?", client);
  }

  private static long referralsOf(long client) throws Exception {
    return count("SELECT COUNT(*) FROM referral WHERE client_id = ?", client);
  }

  private static long events(String reasonLike) throws Exception {
    return count(
        "SELECT COUNT(*) FROM audit_event WHERE action = 'UPDATE' AND reason LIKE ?"
            + " AND subject_ref IS NOT NULL",
        reasonLike);
  }
}
