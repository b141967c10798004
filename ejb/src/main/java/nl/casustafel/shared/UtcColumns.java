package nl.casustafel.shared;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The one way an {@link Instant} reaches and leaves a DATETIME(6) column: as its UTC wall-clock
 * time, a {@link LocalDateTime}, whatever the JVM's or the database server's time zone.
 *
 * <p>Usage: {@code UtcColumns.bind(statement, 3, event.occurredAt())} and {@code
 * UtcColumns.read(row, "occurred_at")}.
 *
 * <p>Design notice: never go through {@link java.sql.Timestamp}. A Timestamp made of a
 * LocalDateTime and the driver's Timestamp codec interpret the wall-clock time in the JVM's default
 * zone, so on a server in Europe/Amsterdam 2026-03-29T02:30Z (a local time that does not exist
 * there) became 03:30 — and an audit row no longer matched its hash. MariaDB Connector/J 3.5 hands
 * a LocalDateTime to the server and back unchanged: its {@code LocalDateTimeCodec} converts only
 * with {@code preserveInstants=true} and {@code pureLocalDateTime=false}, neither of which our URLs
 * set (read from the 3.5.11 codec; pinned by {@code DriverTimeTest} in the devstack module).
 */
public final class UtcColumns {

  private UtcColumns() {}

  /** The column value of an instant: its UTC wall-clock time; null stays null. */
  public static LocalDateTime toColumn(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** The instant of a column value read as UTC wall-clock time; null stays null. */
  public static Instant toInstant(LocalDateTime column) {
    return column == null ? null : column.toInstant(ZoneOffset.UTC);
  }

  /** Binds the instant (or SQL NULL) to the statement's parameter at {@code index} (from 1). */
  public static void bind(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    if (instant == null) {
      statement.setNull(index, Types.TIMESTAMP);
    } else {
      statement.setObject(index, toColumn(instant));
    }
  }

  /** The instant in the row's column; null for SQL NULL. */
  public static Instant read(ResultSet row, String column) throws SQLException {
    return toInstant(row.getObject(column, LocalDateTime.class));
  }

  /** The instant in the row's column at {@code index} (from 1); null for SQL NULL. */
  public static Instant read(ResultSet row, int index) throws SQLException {
    return toInstant(row.getObject(index, LocalDateTime.class));
  }
}
