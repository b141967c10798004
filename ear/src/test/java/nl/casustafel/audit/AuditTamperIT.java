package nl.casustafel.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * Tampering with the real log in MariaDB: the triggers refuse UPDATE and DELETE; with them dropped
 * (as an attacker with the rights would), an edited field and a deleted row are named by the
 * auditor's verification at their sequence number; a checkpoint file that cannot be read fails it.
 * Each change is undone afterwards. The attacker is the schema owner: the application's own account
 * may not even try ({@code AuditGrantsIT}).
 */
class AuditTamperIT extends ApiTest {

  private static final String VERIFY = "/api/v1/tenants/zvh-gv/audit/verification";

  private static JsonObject verification() {
    return Api.json(Api.get(VERIFY, token("auditor.gv")));
  }

  @Test
  void theTriggersRefuseChangesAndTheVerifierNamesEditsAndGaps() throws Exception {
    // Something to tamper with: three reads by the police.
    String politie = token("politie.mnl");
    for (int i = 0; i < 3; i++) {
      assertEquals(200, Api.get("/api/v1/tenants/zvh-gv/cases/1", politie).statusCode());
    }
    assertTrue(verification().getBoolean("ok"), verification().toString());
    try (Connection db = ownerDatabase();
        Statement sql = db.createStatement()) {
      assertThrows(
          SQLException.class,
          () -> sql.executeUpdate("UPDATE audit_event SET reason = 'x' WHERE seq = 2"));
      assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM audit_event"));

      sql.execute("DROP TRIGGER audit_event_append_only_update");
      sql.execute("DROP TRIGGER audit_event_append_only_delete");
      try {
        String original = categories(db, 2);
        sql.executeUpdate(
            "UPDATE audit_event SET categories = 'CONTACT' WHERE tenant_id = 'zvh-gv' AND seq = 2");
        JsonObject edited = verification();
        assertFalse(edited.getBoolean("ok"));
        assertEquals(2, edited.getInt("firstBroken"), edited.toString());
        setCategories(db, 2, original);
        assertTrue(verification().getBoolean("ok"), "restoring the field restores the chain");

        sql.executeUpdate(
            "CREATE TEMPORARY TABLE saved AS SELECT * FROM audit_event"
                + " WHERE tenant_id = 'zvh-gv' AND seq = 3");
        sql.executeUpdate("DELETE FROM audit_event WHERE tenant_id = 'zvh-gv' AND seq = 3");
        JsonObject gap = verification();
        assertFalse(gap.getBoolean("ok"));
        assertEquals(3, gap.getInt("firstBroken"), gap.toString());
        sql.executeUpdate("INSERT INTO audit_event SELECT * FROM saved");
        assertTrue(verification().getBoolean("ok"), verification().toString());
      } finally {
        sql.execute(
            "CREATE TRIGGER audit_event_append_only_update BEFORE UPDATE ON audit_event FOR EACH"
                + " ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only'");
        sql.execute(
            "CREATE TRIGGER audit_event_append_only_delete BEFORE DELETE ON audit_event FOR EACH"
                + " ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only'");
      }
    }
  }

  @Test
  void aCheckpointFileThatCannotBeReadFailsTheVerification() throws Exception {
    Path file =
        Path.of(System.getenv("CASUSTAFEL_AUDIT_CHECKPOINT_DIR")).resolve("zvh-gv.checkpoints");
    Path aside = file.resolveSibling("zvh-gv.checkpoints.aside");
    boolean existed = Files.exists(file);
    if (existed) {
      Files.move(file, aside);
    }
    try {
      Files.createDirectories(file); // a directory where the witness should be
      JsonObject unreadable = verification();
      assertFalse(unreadable.getBoolean("ok"), "passed without its witness: " + unreadable);
      assertTrue(
          unreadable.getString("reason").contains("zvh-gv.checkpoints cannot be read"),
          unreadable.toString());
    } finally {
      Files.deleteIfExists(file);
      if (existed) {
        Files.move(aside, file);
      }
    }
    assertTrue(verification().getBoolean("ok"), verification().toString());
  }

  private static String categories(Connection db, long seq) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT categories FROM audit_event WHERE tenant_id = 'zvh-gv' AND seq = ?")) {
      s.setLong(1, seq);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  private static void setCategories(Connection db, long seq, String value) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "UPDATE audit_event SET categories = ? WHERE tenant_id = 'zvh-gv' AND seq = ?")) {
      s.setString(1, value);
      s.setLong(2, seq);
      s.executeUpdate();
    }
  }
}
