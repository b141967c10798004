package nl.casustafel.bench.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Rows inserted with one multi-row INSERT per chunk of {@link #CHUNK} rows: one round trip per
 * chunk whatever the driver's batch options (MariaDB Connector/J 3 no longer rewrites JDBC batches
 * into multi-row statements). Runs in the connection's current transaction.
 *
 * @param <T> the row type
 */
final class MultiInsert<T> {

  static final int CHUNK = 500;

  /** Binds one row's values from parameter index {@code first} on (from 1). */
  interface Binder<T> {
    void bind(PreparedStatement s, int first, T row) throws SQLException;
  }

  private final String table;
  private final List<String> columns;
  private final Binder<T> binder;

  MultiInsert(String table, List<String> columns, Binder<T> binder) {
    this.table = table;
    this.columns = List.copyOf(columns);
    this.binder = binder;
  }

  String table() {
    return table;
  }

  /** The statement for {@code rows} rows. */
  String sql(int rows) {
    String one = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", columns)
        + ") VALUES "
        + String.join(", ", Collections.nCopies(rows, one));
  }

  /** Inserts the rows; returns how many. */
  int insert(Connection c, List<T> rows) throws SQLException {
    for (int from = 0; from < rows.size(); from += CHUNK) {
      List<T> chunk = rows.subList(from, Math.min(from + CHUNK, rows.size()));
      try (PreparedStatement s = c.prepareStatement(sql(chunk.size()))) {
        for (int i = 0; i < chunk.size(); i++) {
          binder.bind(s, 1 + i * columns.size(), chunk.get(i));
        }
        s.executeUpdate();
      }
    }
    return rows.size();
  }
}
