package nl.casustafel.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A new covenant version through the API as the ZVH manager of zvh-gv (issue #15, part 4): drafted
 * from the version in force, Veilig Thuis loses receiving HEALTH data and Kwintes leaves; the
 * review names exactly those changes with their effect on open cases (counted here in SQL);
 * adopting it with a day in the past is refused, with a day in 2099 it is scheduled; a signature is
 * recorded; a partner's member changes nothing; every change is a CONFIGURE event the auditor
 * reads, and a case read meanwhile cites version 1. Afterwards every version after the demo's first
 * is removed.
 */
class CovenantVersionsIT extends ApiTest {

  private static final String TENANT = "zvh-gv";
  private static final String VERSIONS = "/api/v1/tenants/" + TENANT + "/covenant/versions";
  private static final String VT = "veilig-thuis-gooi-en-vechtstreek";
  private static final String KWINTES = "kwintes";
  private static final String POLICE = "politie-midden-nederland";
  private static final String SIGNER = "M. de Jong, korpschef (IT)";

  @BeforeAll
  static void startFromTheDemoVersion() throws Exception {
    TenantRows.removeVersionsAfterFirst(TENANT);
  }

  @AfterAll
  static void leaveTheDemoVersionInForce() throws Exception {
    TenantRows.removeVersionsAfterFirst(TENANT);
  }

  @Test
  void aVersionIsDraftedReviewedScheduledAndSignedAndEveryChangeIsLogged() throws Exception {
    List<String> changes = new ArrayList<>();
    JsonObject draft = call("manager.gv", "POST", VERSIONS, null, 201, changes);
    assertEquals("DRAFT", draft.getString("status"));
    assertTrue(grants(draft, VT).contains("HEALTH RECEIVE"), "the draft copies v1: " + draft);
    assertFalse(grants(draft, KWINTES).isEmpty(), "Kwintes is a party to v1: " + draft);
    String version = VERSIONS + "/" + draft.getInt("version");
    String terms = withoutKwintesAndVeiligThuisHealth(draft);

    aPartnerMemberCannotChangeTheCovenant(version, terms);
    call("manager.gv", "PUT", version, terms, 200, changes);
    theReviewNamesExactlyTheChanges(version);

    isScheduledNotBackdated(version, changes);
    thePoliceSign(version, changes);
    theAuditorSeesEachChange(changes);
    aCaseReadCitesVersionOne();
  }

  /** Adopting with a day in the past is refused; with 2099-01-01 scheduled, v1 stays in force. */
  private static void isScheduledNotBackdated(String version, List<String> changes)
      throws Exception {
    String past = trace();
    HttpResponse<String> early =
        send("manager.gv", "POST", version + "/adoption", "{\"takesForce\": \"2020-01-01\"}", past);
    assertEquals(
        400, early.statusCode(), "a version cannot take force in the past: " + early.body());
    assertEquals(List.of(), TenantRows.eventsOf(past), "a refused adoption changes nothing");
    JsonObject adopted =
        call(
            "manager.gv",
            "POST",
            version + "/adoption",
            "{\"takesForce\": \"2099-01-01\"}",
            200,
            changes);
    assertEquals("ADOPTED", adopted.getString("status"));
    assertEquals("2099-01-01", adopted.getString("validFrom"));
    JsonObject inForce =
        Api.json(Api.get("/api/v1/tenants/" + TENANT + "/covenant", token("regisseur.gv")));
    assertEquals(1, inForce.getInt("version"), "v2 takes force in 2099 only");
  }

  /** The police's signature on the version, today, by a named signer; Veilig Thuis's still open. */
  private static void thePoliceSign(String version, List<String> changes) {
    String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
    String signature =
        "{\"partner\": \""
            + POLICE
            + "\", \"signer\": \""
            + SIGNER
            + "\", \"signedOn\": \""
            + today
            + "\"}";
    call("manager.gv", "POST", version + "/signatures", signature, 204, changes);
    JsonObject signed = Api.json(Api.get(version, token("manager.gv")));
    assertEquals(today, membership(signed, POLICE).getString("signedOn", ""), signed.toString());
    assertEquals(SIGNER, membership(signed, POLICE).getString("signedBy", ""), signed.toString());
    assertFalse(membership(signed, VT).containsKey("signedOn"), "Veilig Thuis has not signed");
  }

  /** Veilig Thuis's member: 403 on drafting and on editing, and the draft keeps its terms. */
  private static void aPartnerMemberCannotChangeTheCovenant(String version, String terms)
      throws Exception {
    call("veiligthuis.gv", "POST", VERSIONS, null, 403, null);
    String trace = trace();
    HttpResponse<String> edit = send("veiligthuis.gv", "PUT", version, terms, trace);
    assertEquals(403, edit.statusCode(), edit.body());
    assertEquals(
        List.of("DENY DENY ADMINISTRATION null"),
        TenantRows.eventsOf(trace),
        "the refusal is logged, nothing else");
    JsonObject kept = Api.json(Api.get(version, token("manager.gv")));
    assertFalse(grants(kept, KWINTES).isEmpty(), "the refused edit changed the draft: " + kept);
  }

  /** The changes and effects name Kwintes leaving and Veilig Thuis losing HEALTH RECEIVE only. */
  private static void theReviewNamesExactlyTheChanges(String version) throws Exception {
    JsonObject review =
        call("manager.gv", "GET", version + "/review?takesForce=2099-01-01", null, 200, null);
    assertEquals(1, review.getInt("inForceVersion"));
    assertEquals(List.of(), review.getJsonArray("problems"), review.toString());
    Set<String> changes = strings(review, "changes", "kind", "partner", "category", "direction");
    Set<String> expected =
        new TreeSet<>(Set.of("PARTNER_LEFT kwintes", "GRANT_LOST " + VT + " HEALTH RECEIVE"));
    changes.stream().filter(c -> c.startsWith("GRANT_LOST kwintes ")).forEach(expected::add);
    assertEquals(expected, changes, "exactly the partner leaving, its grants and VT's one grant");
    assertTrue(expected.size() > 2, "Kwintes's lost grants are listed: " + changes);

    long kwintesCases = TenantRows.openCasesOf(TENANT, KWINTES);
    long vtCases = TenantRows.openCasesOf(TENANT, VT);
    assertTrue(kwintesCases > 0, "the demo has Kwintes on open cases");
    assertEquals(
        Set.of("LEAVES kwintes " + kwintesCases, "LOSES " + VT + " HEALTH RECEIVE " + vtCases),
        strings(review, "effects", "kind", "partner", "category", "direction", "openCases"));
    List<String> unsigned =
        review.getJsonArray("unsigned").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    assertTrue(unsigned.contains(VT) && !unsigned.contains(KWINTES), "unsigned: " + unsigned);
  }

  /** The auditor reads one CONFIGURE event (ADMINISTRATION) per change, in the change's trace. */
  private static void theAuditorSeesEachChange(List<String> traces) {
    JsonObject log =
        Api.json(
            Api.get(
                "/api/v1/tenants/" + TENANT + "/audit/events?user=manager.gv&size=100",
                token("auditor.gv")));
    List<String> seen = new ArrayList<>();
    for (JsonValue value : log.getJsonArray("events")) {
      JsonObject event = value.asJsonObject();
      if (traces.contains(event.getString("traceId"))) {
        seen.add(event.getString("traceId"));
        assertEquals("CONFIGURE", event.getString("action"), event.toString());
        assertEquals("PERMIT", event.getString("decision"), event.toString());
        assertEquals("ADMINISTRATION", event.getString("purpose", ""), event.toString());
        assertFalse(event.containsKey("subject"), "a change names no data subject: " + event);
      }
    }
    assertEquals(new TreeSet<>(traces), new TreeSet<>(seen), "one event per change: " + seen);
    assertEquals(traces.size(), seen.size(), "one event per change: " + seen);
  }

  /** While version 2 is only scheduled, a disclosure rests on version 1 and says so. */
  private static void aCaseReadCitesVersionOne() throws Exception {
    String trace = trace();
    HttpResponse<String> read =
        send("regisseur.gv", "GET", "/api/v1/tenants/" + TENANT + "/cases/1", null, trace);
    assertEquals(200, read.statusCode(), read.body());
    List<String> reads =
        TenantRows.eventsOf(trace).stream().filter(e -> e.startsWith("READ ")).toList();
    assertEquals(1, reads.size(), "one READ for the case: " + reads);
    String basis = reads.get(0).split(" ", 4)[3];
    assertTrue(basis.startsWith("v1: art. "), "the legal basis cites the version: " + basis);
  }

  /** The draft's terms as a PUT body, without Kwintes and without Veilig Thuis's HEALTH RECEIVE. */
  private static String withoutKwintesAndVeiligThuisHealth(JsonObject version) {
    JsonArrayBuilder memberships = Json.createArrayBuilder();
    for (JsonValue value : version.getJsonArray("memberships")) {
      JsonObject m = value.asJsonObject();
      String partner = m.getString("partner");
      if (partner.equals(KWINTES)) {
        continue;
      }
      JsonArrayBuilder grants = Json.createArrayBuilder();
      m.getJsonArray("grants").stream()
          .map(JsonValue::asJsonObject)
          .filter(g -> !(partner.equals(VT) && cell(g).equals("HEALTH RECEIVE")))
          .forEach(grants::add);
      JsonObjectBuilder kept =
          Json.createObjectBuilder()
              .add("partner", partner)
              .add("role", m.getString("role"))
              .add("grants", grants);
      if (m.containsKey("article")) {
        kept.add("article", m.getString("article"));
      }
      memberships.add(kept);
    }
    return Json.createObjectBuilder()
        .add("title", version.getString("title"))
        .add("retentionMonths", version.getInt("retentionMonths"))
        .add("articles", version.getJsonObject("articles"))
        .add("memberships", memberships)
        .build()
        .toString();
  }

  private static JsonObject membership(JsonObject version, String partner) {
    return version.getJsonArray("memberships").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("partner").equals(partner))
        .findFirst()
        .orElseThrow(() -> new AssertionError(partner + " is no party: " + version));
  }

  /** "CATEGORY DIRECTION" of each of the partner's grants; none when it is no party. */
  private static Set<String> grants(JsonObject version, String partner) {
    return version.getJsonArray("memberships").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("partner").equals(partner))
        .flatMap(m -> m.getJsonArray("grants").stream())
        .map(g -> cell(g.asJsonObject()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String cell(JsonObject grant) {
    return grant.getString("category") + " " + grant.getString("direction");
  }

  /** Each element of the array as its present fields joined by spaces, in the order given. */
  private static Set<String> strings(JsonObject json, String array, String... fields) {
    Set<String> result = new TreeSet<>();
    for (JsonValue value : json.getJsonArray(array)) {
      JsonObject o = value.asJsonObject();
      List<String> parts = new ArrayList<>();
      for (String field : fields) {
        if (o.containsKey(field)) {
          parts.add(
              o.get(field) instanceof jakarta.json.JsonString s
                  ? s.getString()
                  : o.get(field).toString());
        }
      }
      result.add(String.join(" ", parts));
    }
    return result;
  }

  /**
   * Sends the call in a trace of its own and checks its status; the trace is added to {@code
   * changes} when given (a change the log must hold). The answer as JSON, or an empty object.
   */
  private static JsonObject call(
      String account, String method, String path, String body, int status, List<String> changes) {
    String trace = trace();
    HttpResponse<String> response = send(account, method, path, body, trace);
    assertEquals(status, response.statusCode(), method + " " + path + ": " + response.body());
    if (changes != null) {
      changes.add(trace);
    }
    return response.body().isBlank() ? JsonValue.EMPTY_JSON_OBJECT : Api.json(response);
  }

  private static HttpResponse<String> send(
      String account, String method, String path, String body, String trace) {
    return Api.send(method, path, token(account), body, "00-" + trace + "-00f067aa0ba902b7-01");
  }

  private static String trace() {
    return UUID.randomUUID().toString().replace("-", "");
  }
}
