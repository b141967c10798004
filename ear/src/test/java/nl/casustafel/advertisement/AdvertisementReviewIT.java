package nl.casustafel.advertisement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Advertisement reviews on the real stack (issue #13, part 2): the ketenregisseur records a risky
 * review, which goes to its municipality at once; Hilversum's aandachtfunctionaris sees what was
 * handed to Hilversum only, enriches it and forwards it to the police, who then see it; each step
 * is stored and logged. Bad input changes nothing. What the test made is removed afterwards.
 */
class AdvertisementReviewIT extends ApiTest {

  private static final String REVIEWS = "/api/v1/tenants/zvh-gv/advertisement-reviews";
  private final List<Long> made = new ArrayList<>();

  @Test
  void aRiskyReviewGoesToItsMunicipalityThenToThePolice() throws Exception {
    long hilversum = record("Hilversum", "RISKY");
    long huizen = record("Huizen", "RISKY");
    assertEquals(List.of("TO_MUNICIPALITY"), steps(hilversum));

    String handed = handedTo("gemeente.hilversum");
    assertTrue(handed.contains("\"id\":" + hilversum), handed);
    assertFalse(handed.contains("\"id\":" + huizen), "another municipality's review: " + handed);
    assertFalse(handedTo("politie.mnl").contains("\"id\":" + hilversum), "not yet the police's");
    assertEquals(
        404, step(huizen, "gemeente.hilversum", "ENRICHED", "Niet onze gemeente.").statusCode());

    assertEquals(
        204,
        step(hilversum, "gemeente.hilversum", "ENRICHED", "Pand bekend bij handhaving.")
            .statusCode());
    assertEquals(204, step(hilversum, "gemeente.hilversum", "TO_POLICE", null).statusCode());
    assertEquals(List.of("TO_MUNICIPALITY", "ENRICHED", "TO_POLICE"), steps(hilversum));
    assertEquals(
        409, step(hilversum, "gemeente.hilversum", "TO_POLICE", null).statusCode(), "only once");
    assertTrue(handedTo("politie.mnl").contains("\"id\":" + hilversum));
    assertTrue(shares(hilversum) >= 3, "every hand-over is logged as SHARE");
  }

  @Test
  void onlyTheKetenregisseurRecordsAndBadInputStoresNothing() throws Exception {
    long before = reviews();
    String future = java.time.LocalDate.now().plusDays(3).toString();
    assertEquals(400, post(body("x", "2019-05-01", "RISKY", "Hilversum")).statusCode());
    assertEquals(400, post(body("site.example", future, "NOT_RISKY", null)).statusCode());
    assertEquals(400, post(body("site.example", "2019-05-01", "RISKY", null)).statusCode());
    assertEquals(400, post(body("site.example", "2019-05-01", "RISKY", "Amsterdam")).statusCode());
    assertEquals(400, post(body("site.example", "2019-05-01", "MAYBE", "Hilversum")).statusCode());
    assertEquals(before, reviews(), "a refused review stores nothing");
    for (String other : List.of("manager.gv", "politie.mnl", "gemeente.hilversum", "auditor.gv")) {
      HttpResponse<String> refused =
          Api.send(
              "POST",
              REVIEWS,
              token(other),
              body("site.example", "2019-05-01", "RISKY", "Hilversum"));
      assertEquals(403, refused.statusCode(), other + ": " + refused.body());
    }
    assertEquals(before, reviews());
  }

  private long record(String municipality, String verdict) {
    HttpResponse<String> created =
        post(body("advertentiesite-test.example", today(), verdict, municipality));
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.json(created).getJsonNumber("id").longValue();
    made.add(id);
    return id;
  }

  /** Today in Amsterdam: the newest reviews come first in the lists. */
  private static String today() {
    return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
  }

  private static HttpResponse<String> post(String body) {
    return Api.send("POST", REVIEWS, token("regisseur.gv"), body);
  }

  private static String body(String website, String day, String verdict, String municipality) {
    return "{\"website\": \""
        + website
        + "\", \"reviewedOn\": \""
        + day
        + "\", \"ageBand\": \"AGE_18_20\", \"gender\": \"V\", \"indicators\":"
        + " [\"SAME_PHONE_SEVERAL_ADS\", \"LOOKS_YOUNGER_THAN_21\"], \"notes\": \"Testreview.\","
        + " \"verdict\": \""
        + verdict
        + "\""
        + (municipality == null ? "" : ", \"municipality\": \"" + municipality + "\"")
        + "}";
  }

  private static HttpResponse<String> step(long id, String account, String step, String note) {
    return Api.send(
        "POST",
        REVIEWS + "/" + id + "/steps",
        token(account),
        "{\"step\": \"" + step + "\"" + (note == null ? "" : ", \"note\": \"" + note + "\"") + "}");
  }

  private static String handedTo(String account) {
    HttpResponse<String> list = Api.get(REVIEWS + "?handed=true", token(account));
    assertEquals(200, list.statusCode(), list.body());
    return list.body();
  }

  private static List<String> steps(long id) {
    JsonObject review =
        Api.json(Api.get(REVIEWS, token("regisseur.gv"))).getJsonArray("reviews").stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow(() -> new AssertionError("review " + id + " not listed"));
    return review.getJsonArray("steps").stream()
        .map(s -> s.asJsonObject().getString("step"))
        .toList();
  }

  private static long reviews() throws SQLException {
    return count("SELECT COUNT(*) FROM advertisement_review WHERE tenant_id = 'zvh-gv'");
  }

  private static long shares(long id) throws SQLException {
    return count(
        "SELECT COUNT(*) FROM audit_event WHERE tenant_id = 'zvh-gv' AND action = 'SHARE'"
            + " AND reason LIKE 'advertentie-"
            + id
            + " %'");
  }

  private static long count(String sql) throws SQLException {
    try (Connection db = database();
        PreparedStatement q = db.prepareStatement(sql);
        ResultSet r = q.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  @AfterEach
  void removeWhatWasMade() throws SQLException {
    try (Connection db = ownerDatabase()) {
      for (long id : made) {
        for (String table : List.of("advertisement_handover", "advertisement_review")) {
          try (PreparedStatement d =
              db.prepareStatement(
                  "DELETE FROM "
                      + table
                      + " WHERE "
                      + (table.equals("advertisement_review") ? "id" : "review_id")
                      + " = ?")) {
            d.setLong(1, id);
            d.executeUpdate();
          }
        }
      }
    }
  }
}
