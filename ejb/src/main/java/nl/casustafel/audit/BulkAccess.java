package nl.casustafel.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The auditor's exception BULK: the hours (UTC, as stored) in which one user touched more than
 * {@link AuditStore#BULK_SUBJECTS} distinct data subjects. Found with one grouping query over the
 * tenant's log; the events are then selected by plain time ranges per user, which MariaDB answers
 * from the log's order without grouping again for every row (a correlated or tuple {@code IN} over
 * {@code DATE_FORMAT} did, and took longer than the query timeout on 200,000 events).
 */
final class BulkAccess {

  /** At most this many user-hours are listed (the newest); narrow the filter for more. */
  static final int MAX_HOURS = 500;

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** One user's hour: {@code start} is the hour's beginning in the stored UTC time. */
  record Hour(String user, LocalDateTime start) {}

  private BulkAccess() {}

  static List<Hour> hours(Connection c, String tenant) throws SQLException {
    List<Hour> hours = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT actor_username, DATE_FORMAT(occurred_at, '%Y-%m-%d %H') AS h"
                + " FROM audit_event WHERE tenant_id = ? AND subject_ref IS NOT NULL"
                + " GROUP BY actor_username, h HAVING COUNT(DISTINCT subject_ref) > ?"
                + " ORDER BY h DESC LIMIT ?")) {
      s.setString(1, tenant);
      s.setInt(2, AuditStore.BULK_SUBJECTS);
      s.setInt(3, MAX_HOURS);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          hours.add(new Hour(r.getString(1), LocalDateTime.parse(r.getString(2) + ":00", HOUR)));
        }
      }
    }
    return Collections.unmodifiableList(hours);
  }

  /** The SQL condition selecting the events of those hours (none when there are none). */
  static String condition(List<Hour> hours, List<Object> params) {
    if (hours.isEmpty()) {
      return " AND FALSE";
    }
    StringBuilder sql = new StringBuilder(" AND (");
    for (int i = 0; i < hours.size(); i++) {
      Hour hour = hours.get(i);
      sql.append(i == 0 ? "" : " OR ")
          .append("(e.actor_username = ? AND e.occurred_at >= ? AND e.occurred_at < ?)");
      params.add(hour.user());
      params.add(hour.start());
      params.add(hour.start().plusHours(1));
    }
    return sql.append(')').toString();
  }
}
