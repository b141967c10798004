package nl.casustafel.crisis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The 24/7 crisis hand-over on the real stack (issue #13, part 3): the ketenregisseur keeps the
 * crisis card of MH-2026-003 (a case Veilig Thuis does not take part in); outside office hours
 * Veilig Thuis, the crisis service for young people, opens it by reference with a reason and gets
 * what the covenant's art. 8 grants; the opening is in the auditor's break-the-glass exceptions.
 * Who is not a crisis service is refused. The rota is read by every member. The office hours are
 * set so the office is closed now (by the manager; a director may not), and put back afterwards, as
 * is the card.
 */
class CrisisCardIT extends ApiTest {

  private static final String CRISIS = "/api/v1/tenants/zvh-gv/crisis";
  private static final String CARD = "/api/v1/tenants/zvh-gv/cases/3/crisis-card";
  private static final String REASON = "Crisisdienst: slachtoffer belt in nood, ZVH gesloten.";

  @Test
  void aCrisisServiceOpensTheCardOutsideOfficeHoursAndTheAuditorSeesIt() {
    HttpResponse<String> kept =
        Api.send(
            "PUT",
            CARD,
            token("regisseur.gv"),
            "{\"safeContact\": \"Via Scharlaken Koord, niet zelf bellen\", \"risks\": \"Dader"
                + " zoekt haar\", \"language\": \"Bulgaars\", \"shelterArrangement\": \"COSM"
                + " Utrecht\"}");
    assertEquals(200, kept.statusCode(), kept.body());
    closeTheOfficeNow(); // the crisis services have taken over

    HttpResponse<String> byDirector =
        Api.send(
            "PUT",
            CRISIS + "/office-hours",
            token("regisseur.gv"),
            "{\"opens\": \"03:00\", \"closes\": \"03:01\"}");
    assertEquals(403, byDirector.statusCode(), "only the manager moves the office hours");
    HttpResponse<String> refusedPolice = open("politie.mnl");
    assertEquals(403, refusedPolice.statusCode(), "not a crisis service: " + refusedPolice.body());
    assertEquals(404, Api.get(CARD, token("veiligthuis.gv")).statusCode(), "not on the case");

    HttpResponse<String> opened = open("veiligthuis.gv");
    assertEquals(200, opened.statusCode(), opened.body());
    JsonObject card = Api.json(opened);
    assertEquals("Bulgaars", card.getJsonObject("language").getString("text"));
    assertEquals("Dader zoekt haar", card.getJsonObject("risks").getString("text"));
    assertEquals("art. 8", card.getJsonObject("safeContact").getString("basis"));
    assertFalse(card.getJsonObject("name").containsKey("redacted"), opened.body());

    HttpResponse<String> exceptions =
        Api.get(
            "/api/v1/tenants/zvh-gv/audit/events?exception=BREAK_GLASS&size=100",
            token("auditor.gv"));
    assertEquals(200, exceptions.statusCode(), exceptions.body());
    String breakGlass = exceptions.body();
    List<JsonObject> byVeiligThuis =
        Api.json(exceptions).getJsonArray("events").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("actor").contains("veiligthuis"))
            .toList();
    assertTrue(
        byVeiligThuis.stream().anyMatch(e -> e.getString("action").equals("BREAK_GLASS")),
        breakGlass);
    assertTrue(
        byVeiligThuis.stream()
            .anyMatch(e -> e.getString("action").equals("READ") && e.getBoolean("breakGlass")),
        breakGlass);
  }

  @Test
  void everyMemberReadsTheRotaAndTheStaffKeepIt() {
    Instant start = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    String shift =
        "{\"duty\": \"CARE_COORDINATOR\", \"person\": \"Zorgcoördinator Test\", \"phone\":"
            + " \"035-1234567\", \"startsAt\": \""
            + start
            + "\", \"endsAt\": \""
            + start.plus(12, ChronoUnit.HOURS)
            + "\"}";
    assertEquals(
        403, Api.send("POST", CRISIS + "/on-call", token("politie.mnl"), shift).statusCode());
    HttpResponse<String> added =
        Api.send("POST", CRISIS + "/on-call", token("zorgcoord.gv"), shift);
    assertEquals(201, added.statusCode(), added.body());
    for (String member : List.of("veiligthuis.gv", "gemeente.hilversum", "auditor.gv")) {
      HttpResponse<String> rota = Api.get(CRISIS + "/on-call", token(member));
      assertEquals(200, rota.statusCode(), member);
      assertTrue(rota.body().contains("Zorgcoördinator Test"), rota.body());
    }
    String ended =
        shift
            .replace(start.toString(), "2020-01-01T00:00:00Z")
            .replace(start.plus(12, ChronoUnit.HOURS).toString(), "2020-01-01T08:00:00Z");
    assertEquals(
        400, Api.send("POST", CRISIS + "/on-call", token("zorgcoord.gv"), ended).statusCode());
    assertEquals(404, Api.get(CRISIS + "/on-call", token("manager.flevo")).statusCode());
  }

  private static HttpResponse<String> open(String account) {
    return Api.send(
        "POST",
        CRISIS + "/openings",
        token(account),
        "{\"reference\": \"MH-2026-003\", \"reason\": \"" + REASON + "\"}");
  }

  /**
   * Office hours of one minute, twelve hours away from now (Amsterdam time): the office is closed
   * now, on a weekday as on a weekend.
   */
  private static void closeTheOfficeNow() {
    int hour = java.time.LocalTime.now(java.time.ZoneId.of("Europe/Amsterdam")).getHour();
    String opens = hour < 12 ? "23:00" : "03:00";
    String closes = hour < 12 ? "23:01" : "03:01";
    assertOfficeHours(opens, closes);
  }

  private static void assertOfficeHours(String opens, String closes) {
    HttpResponse<String> set =
        Api.send(
            "PUT",
            CRISIS + "/office-hours",
            token("manager.gv"),
            "{\"opens\": \"" + opens + "\", \"closes\": \"" + closes + "\"}");
    assertEquals(200, set.statusCode(), set.body());
  }

  @AfterEach
  void putBack() throws SQLException {
    try (Connection db = ownerDatabase()) {
      for (String sql :
          List.of(
              "UPDATE tenant SET office_opens = '09:00:00', office_closes = '17:00:00'"
                  + " WHERE id = 'zvh-gv'",
              "DELETE FROM crisis_card WHERE case_id = 3",
              "DELETE FROM on_call_shift WHERE person = 'Zorgcoördinator Test'")) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
          s.executeUpdate();
        }
      }
    }
  }
}
