package nl.casustafel.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Tries the external database named by {@code CASUSTAFEL_DB_URL} with both of its accounts before
 * Liberty starts: the schema owner's ({@code CASUSTAFEL_DB_OWNER_USER} / {@code
 * CASUSTAFEL_DB_OWNER_PASSWORD}, which Flyway uses) and the application's ({@code
 * CASUSTAFEL_DB_USER} / {@code CASUSTAFEL_DB_PASSWORD}). A wrong value ends the start within
 * seconds with one line naming the variable to fix, instead of a wall of stack traces.
 *
 * <p>The application's account is only logged in to the server, not to the database: before the
 * first migration it holds no privilege there yet (the owner grants them, {@code
 * R__app_grants.sql}).
 */
public final class DatabaseCheck {

  /** The two accounts and the variables that name them. */
  enum Account {
    OWNER("CASUSTAFEL_DB_OWNER_USER", "CASUSTAFEL_DB_OWNER_PASSWORD", "casustafel_owner"),
    APP("CASUSTAFEL_DB_USER", "CASUSTAFEL_DB_PASSWORD", "casustafel_app");

    final String userVariable;
    final String passwordVariable;
    final String defaultUser;

    Account(String userVariable, String passwordVariable, String defaultUser) {
      this.userVariable = userVariable;
      this.passwordVariable = passwordVariable;
      this.defaultUser = defaultUser;
    }
  }

  private DatabaseCheck() {}

  public static void main(String[] args) {
    String url = System.getenv("CASUSTAFEL_DB_URL");
    if (url == null || !url.startsWith("jdbc:mariadb://") && !url.startsWith("jdbc:mysql://")) {
      fail("CASUSTAFEL_DB_URL must look like jdbc:mariadb://host:3306/casustafel, not: " + url);
    }
    if (user(Account.OWNER).equals(user(Account.APP))) {
      fail(
          "CASUSTAFEL_DB_OWNER_USER must differ from CASUSTAFEL_DB_USER: the application's"
              + " account must not own the schema.");
    }
    tryLogin(url, Account.OWNER);
    tryLogin(serverUrl(url), Account.APP);
    System.out.println("Database reachable with both accounts: " + url);
  }

  private static void tryLogin(String url, Account account) {
    Properties props = new Properties();
    props.setProperty("user", user(account));
    props.setProperty("password", System.getenv().getOrDefault(account.passwordVariable, ""));
    props.setProperty("connectTimeout", "5000");
    props.setProperty("socketTimeout", "10000");
    try (Connection ignored = DriverManager.getConnection(url, props)) {
      // Logged in: nothing more to know.
    } catch (SQLException e) {
      fail(explain(e, url, account));
    }
  }

  private static String user(Account account) {
    return System.getenv().getOrDefault(account.userVariable, account.defaultUser);
  }

  /**
   * The URL without its database ({@code jdbc:mariadb://db:3306/casustafel} → {@code ...:3306/}).
   */
  static String serverUrl(String url) {
    return url.replaceFirst("^(jdbc:[a-z]+://[^/?]+)/?[^?]*", "$1/");
  }

  /** Maps the driver's error to the one variable the user has to fix. */
  static String explain(SQLException e, String url, Account account) {
    int code = e.getErrorCode();
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (code == 1045 || state.startsWith("28")) {
      return "Database refused the login: fix "
          + account.userVariable
          + " or "
          + account.passwordVariable
          + ".";
    }
    if (code == 1049 || code == 1044) {
      return "Database in CASUSTAFEL_DB_URL does not exist or is not granted to "
          + account.userVariable
          + ": fix CASUSTAFEL_DB_URL ("
          + url
          + ") or the owner's grants.";
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
