package nl.casustafel.devstack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseCheckTest {

  private static final String URL = "jdbc:mariadb://db.example:3306/casustafel";

  @Test
  void aRefusedLoginNamesTheAccountVariables() {
    String line = DatabaseCheck.explain(new SQLException("Access denied", "28000", 1045), URL);
    assertTrue(line.contains("CASUSTAFEL_DB_USER or CASUSTAFEL_DB_PASSWORD"), line);
  }

  @Test
  void anUnknownDatabaseNamesTheUrl() {
    String line = DatabaseCheck.explain(new SQLException("Unknown database", "42000", 1049), URL);
    assertTrue(line.contains("fix CASUSTAFEL_DB_URL"), line);
  }

  @Test
  void anUnreachableServerNamesTheUrlAndWhatTheDriverSaid() {
    String line =
        DatabaseCheck.explain(new SQLException("Connection refused\n\tat ...", "08000", 0), URL);
    assertTrue(line.contains("fix CASUSTAFEL_DB_URL"), line);
    assertTrue(line.endsWith("Connection refused"), line);
  }
}
