package nl.casustafel.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads a tenant's chain and checkpoints over plain JDBC, streaming, for the verifier: used by the
 * application (auditor screen, API) and by the command line ({@code ./casustafel audit-verify}).
 */
public final class AuditReader {

  private final Connection connection;

  public AuditReader(Connection connection) {
    this.connection = connection;
  }

  public List<String> tenants() throws SQLException {
    List<String> tenants = new ArrayList<>();
    try (PreparedStatement s =
            connection.prepareStatement(
                "SELECT tenant_id FROM audit_head UNION SELECT tenant_id FROM audit_checkpoint"
                    + " ORDER BY 1");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        tenants.add(rows.getString(1));
      }
    }
    return tenants;
  }

  /** Each tenant's chain length, from its head (a tenant without a head is not in it). */
  public Map<String, Long> lengths() throws SQLException {
    Map<String, Long> lengths = new HashMap<>();
    try (PreparedStatement s =
            connection.prepareStatement("SELECT tenant_id, seq FROM audit_head");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        lengths.put(rows.getString(1), rows.getLong(2));
      }
    }
    return lengths;
  }

  public List<Checkpoint> checkpoints(String tenant) throws SQLException {
    List<Checkpoint> found = new ArrayList<>();
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT * FROM audit_checkpoint WHERE tenant_id = ? ORDER BY seq")) {
      s.setString(1, tenant);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found.add(AuditRows.checkpoint(r));
        }
      }
    }
    return found;
  }

  /**
   * The tenant's whole chain in order, in memory: for the tests and drills that look at a short
   * chain (the verifier streams, see {@link #verify}).
   */
  public List<ChainedEvent> events(String tenant) throws SQLException {
    List<ChainedEvent> events = new ArrayList<>();
    try (PreparedStatement s =
        connection.prepareStatement("SELECT * FROM audit_event WHERE tenant_id = ? ORDER BY seq")) {
      s.setString(1, tenant);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          events.add(AuditRows.event(r));
        }
      }
    }
    return events;
  }

  /**
   * Every event of the tenant about one data subject (by keyed pseudonym), in chain order. Unlike
   * {@link AuditStore#events} this asks no role and logs no AUDIT_QUERY: it serves only the
   * data-subject access report ({@code nl.casustafel.registry.SubjectAccessReports}), which the
   * decision point allows and which logs itself as one EXPORT about the subject.
   */
  public List<ChainedEvent> about(String tenant, String subjectRef) throws SQLException {
    List<ChainedEvent> events = new ArrayList<>();
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT * FROM audit_event WHERE tenant_id = ? AND subject_ref = ? ORDER BY seq")) {
      s.setString(1, tenant);
      s.setString(2, subjectRef);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          events.add(AuditRows.event(r));
        }
      }
    }
    return events;
  }

  /** Verifies the tenant's chain against its database checkpoints and its external file. */
  public Verification verify(String tenant, AuditVerifier verifier, CheckpointFile external)
      throws SQLException {
    return verify(tenant, verifier, external, false);
  }

  /**
   * As {@link #verify(String, AuditVerifier, CheckpointFile)}, reading the rows on a thread of its
   * own while this one verifies ({@link ReadAhead}): for the command line, which owns its
   * connection.
   */
  public Verification verifyReadingAhead(
      String tenant, AuditVerifier verifier, CheckpointFile external) throws SQLException {
    return verify(tenant, verifier, external, true);
  }

  private Verification verify(
      String tenant, AuditVerifier verifier, CheckpointFile external, boolean readAhead)
      throws SQLException {
    List<Checkpoint> database = checkpoints(tenant);
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT * FROM audit_event WHERE tenant_id = ? ORDER BY seq",
            ResultSet.TYPE_FORWARD_ONLY,
            ResultSet.CONCUR_READ_ONLY)) {
      s.setFetchSize(1000);
      // One statement streams the whole chain, which may take minutes over millions of rows: the
      // data source's query timeout (a bound for a request's statements) must not end it. A frozen
      // database still does: the socket timeout bounds every read.
      s.setQueryTimeout(0);
      s.setString(1, tenant);
      try (ResultSet rows = s.executeQuery()) {
        if (!readAhead) {
          return verifier.verify(tenant, new Rows(rows), database, external);
        }
        try (ReadAhead events = new ReadAhead(new Rows(rows), tenant)) {
          return verifier.verify(tenant, events, database, external);
        }
      }
    }
  }

  /** A result set as an iterator of events; a row that cannot be read ends the walk with it. */
  private static final class Rows implements Iterator<ChainedEvent> {
    private final ResultSet rows;
    private final AuditRows.Columns columns;
    private Boolean ahead;

    Rows(ResultSet rows) throws SQLException {
      this.rows = rows;
      this.columns = new AuditRows.Columns(rows);
    }

    @Override
    public boolean hasNext() {
      try {
        if (ahead == null) {
          ahead = rows.next();
        }
        return ahead;
      } catch (SQLException e) {
        throw new IllegalStateException("Could not read the audit log", e);
      }
    }

    @Override
    public ChainedEvent next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ahead = null;
      try {
        return columns.event(rows);
      } catch (SQLException | RuntimeException e) {
        throw new IllegalStateException("Unreadable audit row", e);
      }
    }
  }
}
