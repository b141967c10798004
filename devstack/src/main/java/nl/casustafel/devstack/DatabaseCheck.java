package nl.casustafel.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Tries the external database named by {@code CASUSTAFEL_DB_URL}, {@code CASUSTAFEL_DB_USER} and
 * {@code CASUSTAFEL_DB_PASSWORD} before Liberty starts, so that a wrong value ends the start within
 * seconds with one line naming the variable to fix, instead of a wall of stack traces.
 */
public final class DatabaseCheck {

  private DatabaseCheck() {}

  public static void main(String[] args) {
    String url = System.getenv("CASUSTAFEL_DB_URL");
    if (url == null || !url.startsWith("jdbc:mariadb://") && !url.startsWith("jdbc:mysql://")) {
      fail("CASUSTAFEL_DB_URL must look like jdbc:mariadb://host:3306/casustafel, not: " + url);
    }
    Properties props = new Properties();
    props.setProperty("user", System.getenv().getOrDefault("CASUSTAFEL_DB_USER", "casustafel"));
    props.setProperty("password", System.getenv().getOrDefault("CASUSTAFEL_DB_PASSWORD", ""));
    props.setProperty("connectTimeout", "5000");
    props.setProperty("socketTimeout", "10000");
    try (Connection ignored = DriverManager.getConnection(url, props)) {
      System.out.println("Database reachable: " + url);
    } catch (SQLException e) {
      fail(explain(e, url));
    }
  }

  /** Maps the driver's error to the one variable the user has to fix. */
  static String explain(SQLException e, String url) {
    int code = e.getErrorCode();
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (code == 1045 || state.startsWith("28")) {
      return "Database refused the login: fix CASUSTAFEL_DB_USER or CASUSTAFEL_DB_PASSWORD.";
    }
    if (code == 1049 || code == 1044) {
      return "Database in CASUSTAFEL_DB_URL does not exist or is not granted: fix CASUSTAFEL_DB_URL ("
          + url
          + ").";
    }
    return "Cannot reach the database at CASUSTAFEL_DB_URL ("
        + url
        + "): fix CASUSTAFEL_DB_URL. Driver said: "
        + firstLine(e.getMessage());
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  private static void fail(String line) {
    System.err.println(line);
    System.exit(2);
  }
}
