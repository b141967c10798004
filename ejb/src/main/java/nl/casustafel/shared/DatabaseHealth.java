package nl.casustafel.shared;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Tells whether the database answers and which schema version Flyway has applied. Plain JDBC: this
 * probes the database itself, and EclipseLink rightly refuses native SQL in a persistence unit with
 * multitenant entities.
 *
 * <p>The connection is first asked {@link Connection#isValid(int)} with {@value
 * #VALID_TIMEOUT_SECONDS} s (MariaDB Connector/J pings with that socket timeout), so a frozen
 * database that still holds a pooled connection is noticed in seconds, not after the socket
 * timeout. Getting a new connection can still take the connect timeout: callers that must answer
 * sooner bound the whole check themselves (the readiness check does).
 */
@Stateless
public class DatabaseHealth {

  /** The outcome of one check; {@code detail} never carries credentials. */
  public record Status(boolean up, String server, String schemaVersion, String detail) {}

  /** Seconds the database gets to answer a ping. */
  public static final int VALID_TIMEOUT_SECONDS = 2;

  private static final Logger LOG = Logger.getLogger(DatabaseHealth.class.getName());

  @Resource(lookup = "jdbc/casustafel")
  private DataSource dataSource;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // A read-only probe.
  public Status check() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      if (!connection.isValid(VALID_TIMEOUT_SECONDS)) {
        return new Status(false, null, null, "no answer within " + VALID_TIMEOUT_SECONDS + " s");
      }
      String server = single(statement, "SELECT VERSION()");
      String version =
          single(
              statement,
              "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"
                  + " ORDER BY installed_rank DESC LIMIT 1");
      return new Status(true, server, version, "ok");
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Database health check failed", e);
      return new Status(false, null, null, e.getClass().getSimpleName());
    }
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet result = statement.executeQuery(sql)) {
      return result.next() ? result.getString(1) : null;
    }
  }
}
