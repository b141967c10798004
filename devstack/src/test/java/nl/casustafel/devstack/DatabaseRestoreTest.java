package nl.casustafel.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.casustafel.shared.DatabaseAccounts;
import org.junit.jupiter.api.Test;

class DatabaseRestoreTest {

  @Test
  void theTriggersDefinerIsLeftOut() {
    String trigger =
        "/*!50003 CREATE*/ /*!50017 DEFINER=`casustafel_owner`@`127.0.0.1`*/ /*!50003 TRIGGER"
            + " audit_event_append_only_update BEFORE UPDATE ON audit_event FOR EACH ROW";
    assertEquals(
        "/*!50003 CREATE*/ /*!50003 TRIGGER audit_event_append_only_update BEFORE UPDATE ON"
            + " audit_event FOR EACH ROW",
        DatabaseRestore.withoutDefiner(trigger));
    assertEquals(
        "CREATE PROCEDURE `p`()",
        DatabaseRestore.withoutDefiner("CREATE DEFINER=`root`@`localhost` PROCEDURE `p`()"));
    assertEquals(
        "/*!50001 VIEW `v` AS select 1 */;",
        DatabaseRestore.withoutDefiner(
            "/*!50013 DEFINER=`o`@`%` SQL SECURITY DEFINER */ /*!50001 VIEW `v` AS select 1 */;"));
  }

  @Test
  void dataIsNeverChanged() {
    String row =
        "INSERT INTO `audit_event` VALUES ('zvh-gv',1,'/*!50017 DEFINER=`a`@`b`*/ CREATE"
            + " DEFINER=`a`@`b` ',0x00);";
    assertEquals(row, DatabaseRestore.withoutDefiner(row));
  }

  @Test
  void theApplicationsGrantsAreTheMigrationsOwn() throws IOException {
    String script;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("db/migration/R__app_grants.sql")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    DatabaseAccounts app = DatabaseAccounts.of("casustafel_app", "127.0.0.1,localhost");
    List<String> grants = AppGrants.grants(script, app);
    assertTrue(grants.size() > 10, grants.toString());
    assertTrue(grants.stream().allMatch(g -> g.startsWith("GRANT ")), grants.toString());
    assertTrue(
        grants.contains(
            "GRANT SELECT, INSERT ON audit_event TO 'casustafel_app'@'127.0.0.1',"
                + " 'casustafel_app'@'localhost'"),
        grants.toString());
    assertFalse(grants.stream().anyMatch(g -> g.contains("${") || g.contains("--")));
  }
}
