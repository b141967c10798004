package nl.casustafel.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * MariaDB's {@code Questions} counter (statements sent by clients, all connections) through one
 * connection of the schema owner ({@code CASUSTAFEL_DB_URL}, {@code CASUSTAFEL_DB_OWNER_USER} and
 * {@code _PASSWORD}). Each reading counts itself once: {@link #delta} subtracts it.
 */
final class SqlCounter implements AutoCloseable {

  private final Connection connection;

  private SqlCounter(Connection connection) {
    this.connection = connection;
  }

  /** From the environment; null if CASUSTAFEL_DB_URL is not set (then no counts are made). */
  static SqlCounter fromEnvironment() throws SQLException {
    String url = System.getenv("CASUSTAFEL_DB_URL");
    if (url == null || url.isBlank()) {
      return null;
    }
    return new SqlCounter(
        DriverManager.getConnection(
            url,
            System.getenv().getOrDefault("CASUSTAFEL_DB_OWNER_USER", "casustafel_owner"),
            System.getenv().getOrDefault("CASUSTAFEL_DB_OWNER_PASSWORD", "casustafel-owner-demo")));
  }

  /** The counter now. */
  long questions() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
      if (!rs.next()) {
        throw new SQLException("MariaDB has no Questions counter");
      }
      return rs.getLong(2);
    }
  }

  /** The statements of others between two readings: the later reading counted itself. */
  static long delta(long before, long after) {
    return after - before - 1;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
