package nl.casustafel.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.casustafel.shared.DatabaseAccounts;

/**
 * The application's account's rights after a restore: the grants of the repeatable migration {@code
 * R__app_grants.sql}, executed again as the schema owner. A dump holds no grants (they live in the
 * server's account tables), and Flyway does not apply the migration again at the next start, since
 * its history (restored with the dump) says it ran with the same checksum.
 */
final class AppGrants {

  private static final String GRANTS = "db/migration/R__app_grants.sql";

  private AppGrants() {}

  /** Grants the application's accounts what {@code R__app_grants.sql} grants them. */
  static void regrant(Connection c, DatabaseAccounts app) throws SQLException, IOException {
    try (InputStream script = AppGrants.class.getClassLoader().getResourceAsStream(GRANTS);
        Statement s = c.createStatement()) {
      if (script == null) {
        throw new IllegalStateException(GRANTS + " is not on the class path");
      }
      for (String grant : grants(new String(script.readAllBytes(), StandardCharsets.UTF_8), app)) {
        s.execute(grant);
      }
    } catch (SQLException e) {
      throw new SQLException(
          "could not grant "
              + app.sqlList()
              + " its rights (does the account exist at each host of CASUSTAFEL_DB_APP_HOSTS?): "
              + e.getMessage(),
          e);
    }
  }

  /** The script's statements, comments left out, the Flyway placeholder filled in. */
  static List<String> grants(String script, DatabaseAccounts app) {
    String sql =
        script.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
    return Arrays.stream(sql.split(";"))
        .map(String::strip)
        .filter(statement -> !statement.isEmpty())
        .map(statement -> statement.replace("${appAccounts}", app.sqlList()))
        .toList();
  }
}
