package nl.casustafel.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import nl.casustafel.devstack.DatabaseCheck.Account;
import org.junit.jupiter.api.Test;

class DatabaseCheckTest {

  private static final String URL = "jdbc:mariadb://db.example:3306/casustafel";

  @Test
  void aRefusedLoginNamesTheVariablesOfThatAccount() {
    SQLException denied = new SQLException("Access denied", "28000", 1045);
    String app = DatabaseCheck.explain(denied, URL, Account.APP);
    assertTrue(app.contains("fix CASUSTAFEL_DB_USER or CASUSTAFEL_DB_PASSWORD"), app);
    String owner = DatabaseCheck.explain(denied, URL, Account.OWNER);
    assertTrue(
        owner.contains("fix CASUSTAFEL_DB_OWNER_USER or CASUSTAFEL_DB_OWNER_PASSWORD"), owner);
  }

  @Test
  void anUnknownDatabaseNamesTheUrl() {
    String line =
        DatabaseCheck.explain(
            new SQLException("Unknown database", "42000", 1049), URL, Account.OWNER);
    assertTrue(line.contains("fix CASUSTAFEL_DB_URL"), line);
  }

  @Test
  void anUnreachableServerNamesTheUrlAndWhatTheDriverSaid() {
    String line =
        DatabaseCheck.explain(
            new SQLException("Connection refused\n\tat ...", "08000", 0), URL, Account.APP);
    assertTrue(line.contains("fix CASUSTAFEL_DB_URL"), line);
    assertTrue(line.endsWith("Connection refused"), line);
  }

  @Test
  void theApplicationsAccountIsTriedOnTheServerWithoutTheDatabase() {
    // Before the first migration that account holds no privilege in the database yet.
    assertEquals("jdbc:mariadb://db.example:3306/", DatabaseCheck.serverUrl(URL));
    assertEquals(
        "jdbc:mysql://db.example/", DatabaseCheck.serverUrl("jdbc:mysql://db.example/casustafel"));
    assertEquals(
        "jdbc:mariadb://db.example:3306/?sslMode=verify-full",
        DatabaseCheck.serverUrl("jdbc:mariadb://db.example:3306/casustafel?sslMode=verify-full"));
  }
}
