package nl.casustafel.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import nl.casustafel.shared.UtcColumns;

/**
 * The one mapping between the log's rows and its records, shared by the writer ({@link
 * AuditChainWriter}) and the reader ({@link AuditReader}): what is hashed is exactly what is stored
 * and read back. Times go through {@link UtcColumns}, never through the JVM's zone.
 */
public final class AuditRows {

  /** The columns of {@code audit_event}, in the order {@link #bind} fills them. */
  public static final List<String> EVENT_COLUMNS =
      List.of(
          "tenant_id",
          "seq",
          "occurred_at",
          "actor_subject",
          "actor_username",
          "actor_partner",
          "actor_roles",
          "on_behalf_of",
          "action",
          "case_id",
          "subject_ref",
          "categories",
          "decision",
          "reason",
          "legal_basis",
          "purpose",
          "origin_ip",
          "trace_id",
          "break_glass",
          "prev_hash",
          "hash");

  private static final String ROW =
      "(" + String.join(", ", Collections.nCopies(EVENT_COLUMNS.size(), "?")) + ")";

  private AuditRows() {}

  /** A multi-row INSERT of {@code rows} events; bind row {@code i} with {@link #bind}. */
  public static String insertEvents(int rows) {
    return "INSERT INTO audit_event ("
        + String.join(", ", EVENT_COLUMNS)
        + ") VALUES "
        + String.join(", ", Collections.nCopies(rows, ROW));
  }

  /** Binds the event as row {@code row} (from 0) of a statement made by {@link #insertEvents}. */
  public static void bind(PreparedStatement s, int row, ChainedEvent event) throws SQLException {
    AuditEntry e = event.entry();
    int o = row * EVENT_COLUMNS.size();
    s.setString(o + 1, e.tenant());
    s.setLong(o + 2, event.seq());
    UtcColumns.bind(s, o + 3, e.occurredAt());
    s.setString(o + 4, e.actorSubject());
    s.setString(o + 5, e.actorUsername());
    s.setString(o + 6, e.actorPartner());
    s.setString(o + 7, e.actorRoles());
    s.setString(o + 8, e.onBehalfOf());
    s.setString(o + 9, e.action().name());
    if (e.caseId() == null) {
      s.setNull(o + 10, Types.BIGINT);
    } else {
      s.setLong(o + 10, e.caseId());
    }
    s.setString(o + 11, e.subjectRef());
    s.setString(o + 12, e.categories());
    s.setString(o + 13, e.decision());
    s.setString(o + 14, e.reason());
    s.setString(o + 15, e.legalBasis());
    s.setString(o + 16, e.purpose());
    s.setString(o + 17, e.originIp());
    s.setString(o + 18, e.traceId());
    s.setBoolean(o + 19, e.breakGlass());
    s.setBytes(o + 20, event.prevHash());
    s.setBytes(o + 21, event.hash());
  }

  /** The event in the current row of a result with the columns of {@code audit_event}. */
  public static ChainedEvent event(ResultSet r) throws SQLException {
    return new Columns(r).event(r);
  }

  /**
   * The columns of {@code audit_event} in one result, found once by name: reading millions of rows
   * by index instead of by name is what lets the verifier stream (issue #14: the driver lower-cases
   * and looks up a name on every call).
   */
  public static final class Columns {
    private final int[] at = new int[EVENT_COLUMNS.size()];

    public Columns(ResultSet r) throws SQLException {
      for (int i = 0; i < at.length; i++) {
        at[i] = r.findColumn(EVENT_COLUMNS.get(i));
      }
    }

    /** The event in the current row. */
    public ChainedEvent event(ResultSet r) throws SQLException {
      long caseId = r.getLong(at[9]);
      boolean noCase = r.wasNull();
      AuditEntry entry =
          new AuditEntry(
              r.getString(at[0]),
              UtcColumns.read(r, at[2]),
              r.getString(at[3]),
              r.getString(at[4]),
              r.getString(at[5]),
              r.getString(at[6]),
              r.getString(at[7]),
              AuditAction.valueOf(r.getString(at[8])),
              noCase ? null : caseId,
              r.getString(at[10]),
              r.getString(at[11]),
              r.getString(at[12]),
              r.getString(at[13]),
              r.getString(at[14]),
              r.getString(at[15]),
              r.getString(at[16]),
              r.getString(at[17]),
              r.getBoolean(at[18]));
      return new ChainedEvent(r.getLong(at[1]), entry, r.getBytes(at[19]), r.getBytes(at[20]));
    }
  }

  /** Inserts the checkpoint into {@code audit_checkpoint} on the given connection. */
  public static void insert(Connection c, Checkpoint checkpoint) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO audit_checkpoint (tenant_id, seq, hash, signed_at, signature)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, checkpoint.tenant());
      s.setLong(2, checkpoint.seq());
      s.setBytes(3, checkpoint.hash());
      UtcColumns.bind(s, 4, checkpoint.signedAt());
      s.setBytes(5, checkpoint.signature());
      s.executeUpdate();
    }
  }

  /** The checkpoint in the current row of a result with the columns of {@code audit_checkpoint}. */
  public static Checkpoint checkpoint(ResultSet r) throws SQLException {
    return new Checkpoint(
        r.getString("tenant_id"),
        r.getLong("seq"),
        r.getBytes("hash"),
        UtcColumns.read(r, "signed_at"),
        r.getBytes("signature"));
  }
}
