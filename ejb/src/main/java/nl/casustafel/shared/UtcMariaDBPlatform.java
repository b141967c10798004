package nl.casustafel.shared;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.platform.database.MariaDBPlatform;

/**
 * MariaDB as EclipseLink speaks to it, with date-times that do not pass through the JVM's time
 * zone: a {@link LocalDateTime} (the UTC wall-clock time {@link UtcInstantConverter} makes of an
 * instant) is bound with {@code setObject} and a DATETIME is read with {@code getObject(..,
 * LocalDateTime.class)}, both of which MariaDB Connector/J passes through unchanged. EclipseLink
 * 4.0 itself binds a {@code Timestamp} made in the JVM's zone and reads {@code getTimestamp(..)},
 * which in Europe/Amsterdam moves an instant in the spring-forward hour (UTC 02:00–03:00 on the
 * last Sunday of March) by an hour.
 *
 * <p>Design notice: EclipseLink's "optimized" read path calls {@code getTimestamp} itself for a
 * LocalDateTime field; it is off here (an override: a field set in the constructor is copied back
 * when the platform is configured), so every value is read through {@link #getObjectFromResultSet}.
 * Usage: {@code eclipselink.target-database} in persistence.xml; the class loader needs
 * EclipseLink's API ({@code +third-party}, server.xml).
 */
public class UtcMariaDBPlatform extends MariaDBPlatform {

  private static final long serialVersionUID = 1L;

  @Override
  public boolean shouldOptimizeDataConversion() {
    return false;
  }

  @Override
  public void setParameterValueInDatabaseCall(
      Object parameter, PreparedStatement statement, int index, AbstractSession session)
      throws SQLException {
    if (parameter instanceof LocalDateTime) {
      statement.setObject(index, parameter);
    } else {
      super.setParameterValueInDatabaseCall(parameter, statement, index, session);
    }
  }

  @Override
  public Object getObjectFromResultSet(
      ResultSet resultSet, int column, int type, AbstractSession session) throws SQLException {
    return type == Types.TIMESTAMP
        ? resultSet.getObject(column, LocalDateTime.class)
        : super.getObjectFromResultSet(resultSet, column, type, session);
  }
}
