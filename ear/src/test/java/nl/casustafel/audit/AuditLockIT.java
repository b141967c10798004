package nl.casustafel.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * An auditor's slow query over a large log does not hold up a disclosure in the same tenant: the
 * query runs first and its AUDIT_QUERY event is appended last, so the tenant's chain head is locked
 * only for the append. Proved by order, not by a time limit: a case is read and logged, starting a
 * third into the auditor's query (its duration measured alone in the same run), before that query
 * has finished; before the fix the read waited for the whole query, whose request held the head.
 */
class AuditLockIT extends ApiTest {

  private static final String TENANT = "zvh-gv";
  private static final int SEEDED = 200_000;
  private static final int CHUNK = 500;
  private static final String SLOW_QUERY =
      "/api/v1/tenants/zvh-gv/audit/events?exception=BULK&size=50";

  @Test
  void aDisclosureCompletesWhileASlowAuditorQueryOverALargeLogRuns() throws Exception {
    seed();
    String auditor = token("auditor.gv");
    String politie = token("politie.mnl");
    long alone = millis(() -> Api.get(SLOW_QUERY, auditor));
    assertTrue(
        alone >= 300,
        "the auditor's query over "
            + SEEDED
            + " events took only "
            + alone
            + " ms: too fast to tell");
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<HttpResponse<String>> query = pool.submit(() -> Api.get(SLOW_QUERY, auditor));
      // Well inside the query: before the fix its request held the head's lock from its start.
      Thread.sleep(alone / 3);
      HttpResponse<String> read = Api.get("/api/v1/tenants/zvh-gv/cases/1", politie);
      boolean overlapped = !query.isDone();
      assertEquals(200, read.statusCode(), read.body());
      assertEquals(200, query.get(120, TimeUnit.SECONDS).statusCode());
      assertTrue(
          overlapped,
          "a case read waited for the auditor's query ("
              + alone
              + " ms alone): the head is locked");
    } finally {
      pool.shutdownNow();
    }
  }

  private static long millis(java.util.function.Supplier<HttpResponse<String>> call) {
    long start = System.nanoTime();
    assertEquals(200, call.get().statusCode());
    return (System.nanoTime() - start) / 1_000_000;
  }

  /**
   * Appends {@link #SEEDED} events of one bulk reader onto the tenant's chain with the
   * application's own writer (head locked, same hashing and row mapping), so the chain still
   * verifies.
   */
  private static void seed() throws SQLException {
    try (Connection db = ownerDatabase()) {
      db.setAutoCommit(false);
      Instant start = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
      for (int done = 0; done < SEEDED; done += CHUNK) {
        List<AuditEntry> entries = new ArrayList<>(CHUNK);
        for (int n = done; n < done + CHUNK; n++) {
          entries.add(entry(n, start.plusMillis(n * 500L)));
        }
        AuditChainWriter.append(db, TENANT, entries);
      }
      db.commit();
    }
  }

  private static AuditEntry entry(int n, Instant at) {
    return TestEvents.policeRead(TENANT, at, "it-bulk-reader", "it.bulk.reader")
        .about(1L + n % 5, "ps-it-bulk-" + (n % 4000))
        .categories(Set.of(DataCategory.IDENTIFYING))
        .origin("127.0.0.1", "it-bulk-" + n)
        .build();
  }
}
