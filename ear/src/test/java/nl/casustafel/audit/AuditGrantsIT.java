package nl.casustafel.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * The application's own database account (the one Liberty's {@code jdbc/casustafel} uses) against
 * the real MariaDB: it cannot drop the log's append-only triggers, update or delete log rows, or
 * change the schema, and it can still do what the application does. A refusal counts only when it
 * is MariaDB's privilege check (error 1142 and kin), not the trigger's SIGNAL: the point is that
 * the account lacks the privilege, so that it could not drop the trigger first. A statement that
 * unexpectedly goes through is undone by the schema owner before the test fails.
 */
class AuditGrantsIT {

  /** Table, column, database and specific-privilege access denied. */
  private static final Set<Integer> ACCESS_DENIED = Set.of(1142, 1143, 1044, 1227);

  private static final List<String> TRIGGERS =
      List.of(
          "audit_event_append_only_update",
          "audit_event_append_only_delete",
          "audit_checkpoint_append_only_update",
          "audit_checkpoint_append_only_delete");

  @Test
  void theseChecksTalkAsTheApplicationsAccount() throws SQLException {
    String app = System.getenv("CASUSTAFEL_DB_USER");
    assertNotEquals(app, System.getenv("CASUSTAFEL_DB_OWNER_USER"), "two accounts");
    try (Connection db = ApiTest.database();
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT CURRENT_USER()")) {
      r.next();
      assertTrue(r.getString(1).startsWith(app + "@"), r.getString(1));
    }
  }

  @Test
  void theApplicationCannotDropTheAppendOnlyTriggers() throws SQLException {
    for (String trigger : TRIGGERS) {
      assertDenied("DROP TRIGGER " + trigger, recreate(trigger));
    }
  }

  @Test
  void theApplicationCannotUpdateOrDeleteTheLog() throws SQLException {
    // No row matches: with the privilege these would succeed quietly, without firing a trigger.
    assertDenied("UPDATE audit_event SET reason = 'x' WHERE seq < 0", null);
    assertDenied("DELETE FROM audit_event WHERE seq < 0", null);
    assertDenied("UPDATE audit_checkpoint SET signed_at = signed_at WHERE seq < 0", null);
    assertDenied("DELETE FROM audit_checkpoint WHERE seq < 0", null);
    assertDenied("DELETE FROM audit_head WHERE seq < 0", null);
  }

  @Test
  void theApplicationCannotChangeTheSchema() throws SQLException {
    assertDenied("CREATE TABLE it_grants_probe (id INT)", "DROP TABLE it_grants_probe");
    // DROP (which TRUNCATE needs too: it fires no trigger) on a table that is not there, so that
    // a wrong grant costs nothing; ALTER with the comment the table already has.
    assertDenied("DROP TABLE IF EXISTS it_grants_absent", null);
    assertDenied("ALTER TABLE audit_event COMMENT = ''", null);
    assertDenied(
        "CREATE TRIGGER it_grants_probe BEFORE INSERT ON audit_event FOR EACH ROW SET @probe = 1",
        "DROP TRIGGER it_grants_probe");
  }

  @Test
  void theApplicationStillDoesWhatItDoes() throws SQLException {
    try (Connection db = ApiTest.database();
        Statement s = db.createStatement()) {
      db.setAutoCommit(false);
      try {
        assertEquals(
            1,
            s.executeUpdate(
                "INSERT INTO client (tenant_id, name) VALUES ('zvh-gv', 'AuditGrantsIT')"));
        s.executeUpdate("UPDATE case_participation SET until = until WHERE id < 0");
        s.executeUpdate("DELETE FROM client WHERE id < 0");
        s.executeUpdate(
            "INSERT INTO audit_head (tenant_id, seq, hash) VALUES ('it-grants', 0, UNHEX(REPEAT('00', 32)))"
                + " ON DUPLICATE KEY UPDATE tenant_id = tenant_id");
        s.executeUpdate("UPDATE audit_head SET seq = seq WHERE tenant_id = 'it-grants'");
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history")) {
          assertTrue(r.next() && r.getLong(1) > 0, "the health check reads the schema version");
        }
      } finally {
        db.rollback(); // Leaves nothing behind.
      }
    }
  }

  /** Runs {@code sql} as the application; it must be refused for lack of a privilege. */
  private static void assertDenied(String sql, String undo) throws SQLException {
    try (Connection db = ApiTest.database();
        Statement s = db.createStatement()) {
      try {
        s.execute(sql);
      } catch (SQLException e) {
        assertTrue(
            ACCESS_DENIED.contains(e.getErrorCode()),
            sql + " was refused, but not for lack of a privilege: " + e.getErrorCode() + " " + e);
        return;
      }
    }
    if (undo != null) {
      try (Connection owner = ApiTest.ownerDatabase();
          Statement s = owner.createStatement()) {
        s.execute(undo);
      }
    }
    fail("the application's account may run: " + sql);
  }

  /** The owner's statement that puts a dropped trigger back as V4__audit_log.sql made it. */
  private static String recreate(String trigger) {
    String table = trigger.substring(0, trigger.indexOf("_append_only_"));
    String event = trigger.endsWith("_update") ? "UPDATE" : "DELETE";
    return "CREATE TRIGGER "
        + trigger
        + " BEFORE "
        + event
        + " ON "
        + table
        + " FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '"
        + table
        + " is append-only'";
  }
}
