package nl.casustafel.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * The data-sharing log over the real API and database: one event per data subject per request with
 * every field, a DENY event for every refusal, the caller's trace id, fail-closed when the log
 * cannot be written, a gap-free chain under 50 concurrent disclosures, and tenants that do not wait
 * for each other.
 */
class AuditLogIT extends ApiTest {

  private static final String CASE_1 = "/api/v1/tenants/zvh-gv/cases/1";
  private static final String EVENTS = "/api/v1/tenants/zvh-gv/audit/events";

  private static String newTrace() {
    return java.util.UUID.randomUUID().toString().replace("-", "");
  }

  /** The events of one trace, oldest first (the log lists the newest hundred first). */
  private static List<JsonObject> eventsWithTrace(String trace) {
    List<JsonObject> found = new ArrayList<>();
    Api.json(Api.get(EVENTS + "?user=politie.mnl&size=100", token("auditor.gv")))
        .getJsonArray("events")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> e.getString("traceId").equals(trace))
        .forEach(e -> found.add(0, e));
    return found;
  }

  @Test
  void aReadIsOneEventPerSubjectWithEveryFieldAndTheCallersTrace() {
    String trace = newTrace();
    HttpResponse<String> read =
        Api.send("GET", CASE_1, token("politie.mnl"), null, "00-" + trace + "-b7ad6b7169203331-01");
    assertEquals(200, read.statusCode());
    assertTrue(read.headers().firstValue("traceparent").orElse("").contains(trace));

    List<JsonObject> events = eventsWithTrace(trace);
    assertEquals(1, events.size(), "one event per subject per request: " + events);
    JsonObject e = events.get(0);
    assertEquals("READ", e.getString("action"));
    assertEquals("PERMIT", e.getString("decision"));
    assertEquals("politie-midden-nederland", e.getString("partner"));
    assertEquals("politie-midden-nederland", e.getString("onBehalfOf"));
    assertEquals("PARTNER_MEMBER", e.getString("roles"));
    assertEquals(1, e.getInt("case"));
    assertTrue(e.getString("subject").matches("ps-[0-9a-f]{32}"), e.toString());
    assertFalse(e.toString().contains("Daria"), "a name in the log");
    assertEquals(
        "CONTACT,HEALTH,IDENTIFYING,JUSTICE,SAFETY,SOCIAL,VICTIM_STATUS",
        e.getString("categories"));
    assertEquals("v1: art. 5,art. 5.3", e.getString("legalBasis"));
    assertEquals("CASE_CONFERENCE", e.getString("purpose"));
    assertTrue(e.getString("originIp").length() > 0);
    Instant at = Instant.parse(e.getString("occurredAt"));
    assertTrue(Duration.between(at, Instant.now()).abs().toSeconds() < 60);
  }

  @Test
  void everyRefusalIsADenyEvent() {
    String trace = newTrace();
    String politie = token("politie.mnl");
    String parent = "00-" + trace + "-b7ad6b7169203331-01";
    assertEquals(
        404,
        Api.send("GET", "/api/v1/tenants/zvh-gv/cases/2", politie, null, parent)
            .statusCode()); // revoked
    assertEquals(
        404,
        Api.send("GET", "/api/v1/tenants/zvh-gv/cases/999999", politie, null, parent).statusCode());
    List<JsonObject> events = eventsWithTrace(trace);
    assertEquals(2, events.size(), events.toString());
    assertTrue(events.stream().allMatch(e -> e.getString("decision").equals("DENY")));
    assertEquals("NOT_PARTICIPATING", events.get(0).getString("reason"));
    assertEquals("CASE_UNKNOWN", events.get(1).getString("reason"));
  }

  @Test
  void withoutALogNothingIsDisclosed() throws Exception {
    String politie = token("politie.mnl");
    // The owner breaks the log on purpose: the application's account has no TRIGGER privilege.
    try (Connection db = ownerDatabase();
        Statement sql = db.createStatement()) {
      sql.execute(
          "CREATE TRIGGER it_audit_down BEFORE INSERT ON audit_event FOR EACH ROW"
              + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'log down (test)'");
      try {
        HttpResponse<String> read = Api.get(CASE_1, politie);
        assertEquals(503, read.statusCode());
        assertFalse(read.body().contains("Daria"), read.body());
        assertFalse(read.body().contains("Aangifte"), read.body());
        assertEquals(503, Api.get("/api/v1/tenants/zvh-gv/cases", politie).statusCode());
        HttpResponse<String> write =
            Api.send(
                "POST",
                CASE_1 + "/information",
                politie,
                "{\"category\": \"SOCIAL\", \"text\": \"mag niet blijven\"}");
        assertEquals(503, write.statusCode());
      } finally {
        sql.execute("DROP TRIGGER it_audit_down");
      }
    }
    HttpResponse<String> after = Api.get(CASE_1, token("regisseur.gv"));
    assertFalse(after.body().contains("mag niet blijven"), "a write survived without its log");
  }

  @Test
  void fiftyConcurrentDisclosuresMakeAGapFreeChainAndTenantsDoNotWaitForEachOther()
      throws Exception {
    String politie = token("politie.mnl");
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<Integer>> reads = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        String path = i % 5 == 0 ? "/api/v1/tenants/zvh-flevoland/cases/6" : CASE_1;
        reads.add(pool.submit(() -> Api.get(path, politie).statusCode()));
      }
      for (Future<Integer> read : reads) {
        assertEquals(200, read.get(60, TimeUnit.SECONDS));
      }
      // Hold zvh-gv's chain head: zvh-flevoland still logs and answers.
      try (Connection db = database();
          Statement lock = db.createStatement()) {
        db.setAutoCommit(false);
        lock.executeQuery("SELECT seq FROM audit_head WHERE tenant_id = 'zvh-gv' FOR UPDATE");
        Future<Integer> blocked = pool.submit(() -> Api.get(CASE_1, politie).statusCode());
        Future<Integer> other =
            pool.submit(
                () -> Api.get("/api/v1/tenants/zvh-flevoland/cases/6", politie).statusCode());
        assertEquals(200, other.get(20, TimeUnit.SECONDS), "zvh-flevoland waited for zvh-gv");
        assertFalse(blocked.isDone(), "zvh-gv's head was not locked after all");
        db.rollback();
        assertEquals(200, blocked.get(30, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    try (Connection db = database()) {
      AuditReader reader = new AuditReader(db);
      AuditVerifier verifier =
          new AuditVerifier(
              CheckpointSigner.verifying(Path.of(System.getenv("CASUSTAFEL_AUDIT_PUBLIC_KEY"))),
              100);
      Path dir = Path.of(System.getenv("CASUSTAFEL_AUDIT_CHECKPOINT_DIR"));
      for (String tenant : List.of("zvh-gv", "zvh-flevoland")) {
        Verification result = reader.verify(tenant, verifier, CheckpointFile.read(dir, tenant));
        assertTrue(result.ok(), result.toString());
        assertTrue(result.events() >= (tenant.equals("zvh-gv") ? 41 : 11), result.toString());
      }
    }
  }
}
