package nl.casustafel.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A frozen database (SIGSTOP on the test database's mariadbd, issue #12) against the deployed
 * application: every request gives up within the bound with 503 and {@code Retry-After}, Liberty
 * keeps serving meanwhile, readiness goes DOWN and liveness stays UP, and everything is back within
 * seconds of SIGCONT, without a restart.
 */
class FrozenDatabaseIT extends ApiTest {

  private static final String CASE = "/api/v1/tenants/zvh-gv/cases/4";
  private static final String OUTAGE = "The database does not answer; try again later.";
  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final Duration HEALTH_BOUND = Duration.ofSeconds(5);

  private static HttpResponse<String> read() {
    return Api.get(CASE, token("regisseur.gv"));
  }

  private static HttpResponse<String> health(String which) {
    return Api.get("/health/" + which, null);
  }

  /**
   * Every test starts from a database that answers, with connections in Liberty's pool: the slowest
   * case, in which a request waits for the socket timeout on a pooled connection.
   */
  @BeforeEach
  void theDatabaseAnswers() {
    HttpResponse<String> ready = health("ready");
    assertEquals(200, ready.statusCode(), ready.body());
    HttpResponse<String> read = read();
    assertEquals(200, read.statusCode(), read.body());
  }

  @Test
  void aReadGivesUpWithinTheBoundWith503AndRetryAfter() throws Exception {
    try (FrozenDatabase frozen = FrozenDatabase.freeze()) {
      long start = System.nanoTime();
      HttpResponse<String> read = read();
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertOutage(read);
      assertTrue(took.compareTo(BOUND) <= 0, "the read took " + took);
    }
    assertRecovers();
  }

  @Test
  void twentyConcurrentReadsAllEndWithinFifteenSecondsAndLibertyKeepsServing() throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(20);
    try (FrozenDatabase frozen = FrozenDatabase.freeze()) {
      String token = token("regisseur.gv");
      List<Callable<HttpResponse<String>>> reads = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        reads.add(() -> Api.get(CASE, token));
      }
      long start = System.nanoTime();
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      reads.forEach(r -> answers.add(callers.submit(r)));
      // While every read waits for the database, Liberty still answers what needs none.
      long liveStart = System.nanoTime();
      HttpResponse<String> live = health("live");
      Duration liveTook = Duration.ofNanos(System.nanoTime() - liveStart);
      assertEquals(200, live.statusCode(), live.body());
      assertTrue(liveTook.compareTo(Duration.ofSeconds(2)) <= 0, "liveness took " + liveTook);
      for (Future<HttpResponse<String>> answer : answers) {
        long left = Duration.ofSeconds(15).toNanos() - (System.nanoTime() - start);
        assertOutage(answer.get(Math.max(left, 0), TimeUnit.NANOSECONDS));
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertTrue(took.compareTo(Duration.ofSeconds(15)) <= 0, "20 reads took " + took);
    } finally {
      callers.shutdownNow();
    }
    assertRecovers();
  }

  @Test
  void readinessGoesDownWithinFiveSecondsWhileLivenessStaysUp() throws Exception {
    try (FrozenDatabase frozen = FrozenDatabase.freeze()) {
      Duration down = within(HEALTH_BOUND, "ready", r -> r.statusCode() == 503);
      assertTrue(down.compareTo(HEALTH_BOUND) <= 0, "readiness DOWN after " + down);
      HttpResponse<String> ready = health("ready");
      assertEquals(503, ready.statusCode(), ready.body());
      assertTrue(ready.body().contains("\"database\""), ready.body());
      HttpResponse<String> live = health("live");
      assertEquals(200, live.statusCode(), live.body());
      assertTrue(live.body().contains("\"UP\""), live.body());
    }
    assertRecovers();
  }

  private static void assertOutage(HttpResponse<String> response) {
    assertEquals(503, response.statusCode(), response.body());
    assertEquals(
        "30",
        response.headers().firstValue("Retry-After").orElse(null),
        response.headers().toString());
    assertEquals(OUTAGE, Api.json(response).getString("error"), response.body());
  }

  /** After SIGCONT: readiness UP within 5 s and the next read 200, without a restart. */
  private static void assertRecovers() throws InterruptedException {
    Duration up = within(HEALTH_BOUND, "ready", r -> r.statusCode() == 200);
    assertTrue(up.compareTo(HEALTH_BOUND) <= 0, "readiness UP only after " + up);
    HttpResponse<String> read = read();
    assertEquals(200, read.statusCode(), read.body());
  }

  /**
   * Asks {@code /health/<which>} until its answer matches; returns how long that took from the
   * first question. Gives up (and fails) a second after the limit: each question is answered within
   * 3 s by design, so a late answer is measured, not waited for forever.
   */
  private static Duration within(
      Duration limit, String which, Predicate<HttpResponse<String>> matches)
      throws InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> last = null;
    while (System.nanoTime() - start < limit.plusSeconds(1).toNanos()) {
      last = health(which);
      if (matches.test(last)) {
        return Duration.ofNanos(System.nanoTime() - start);
      }
      Thread.sleep(100); // A probe's pace; the answer itself may take up to 3 s.
    }
    throw new AssertionError(
        "/health/" + which + " did not change within " + limit + "; last: " + describe(last));
  }

  private static String describe(HttpResponse<String> response) {
    return response == null ? "none" : response.statusCode() + " " + response.body();
  }
}
