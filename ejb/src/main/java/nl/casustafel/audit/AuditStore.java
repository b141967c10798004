package nl.casustafel.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.DenyReason;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.BaselineRequest;
import nl.casustafel.shared.DatabaseOutage;
import nl.casustafel.shared.Page;
import nl.casustafel.shared.UtcColumns;
import nl.casustafel.tenant.TenantId;

/**
 * The auditor's side of the log: queries per subject, user, partner, day and exception, each of
 * them itself logged (AUDIT_QUERY) in the same transaction; and the verification of the chain.
 */
@Stateless
public class AuditStore {

  /** More distinct subjects than this per user per hour is bulk access. */
  public static final int BULK_SUBJECTS = 20;

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @Resource(lookup = "jdbc/casustafel")
  private DataSource db;

  @Inject private AuditLog log;
  @Inject private Checkpoints checkpoints;
  @Inject private RequestTrace trace;
  @Inject private Clock clock;
  @Inject private BaselineRequest baseline;

  /**
   * One page of the events the filter selects, with their total, for the tenant's auditor; the
   * query itself is logged (AUDIT_QUERY) in the same transaction. The selects run first and the
   * event is appended last, so the tenant's chain head is locked only for the append and a slow
   * query over a large log never holds up a disclosure.
   *
   * @throws AccessRefused when the user is not the tenant's auditor (logged as a DENY)
   * @throws AuditUnavailable when the log cannot be read or written
   */
  public Page<ChainedEvent> events(
      CurrentUser auditor, String tenant, AuditFilter filter, int first, int size) {
    // The benchmark's baseline (issue #14, BaselineRequest): the same query without the decision
    // point and without its AUDIT_QUERY event.
    boolean checked = !baseline.active();
    if (checked) {
      guard(auditor, tenant, filter);
    }
    Page<ChainedEvent> page;
    try (Connection c = db.getConnection()) {
      List<Object> params = new ArrayList<>();
      String where = where(tenant, filter, params, bulkHours(c, tenant, filter));
      page = new Page<>(page(c, where, params, filter, first, size), count(c, where, params));
    } catch (SQLException e) {
      throw new AuditUnavailable("The data-sharing log cannot be read.", e);
    }
    if (checked) {
      log.append(tenant, List.of(query(auditor, tenant, filter, AuditDecision.PERMIT)));
    }
    return page;
  }

  private static List<ChainedEvent> page(
      Connection c, String where, List<Object> params, AuditFilter filter, int first, int size)
      throws SQLException {
    List<ChainedEvent> events = new ArrayList<>();
    List<Object> all = new ArrayList<>(params);
    all.add(size);
    all.add(first);
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT e.* FROM audit_event e"
                + where
                // A person's history reads chronologically; any other view newest first.
                + (filter.subject() == null ? " ORDER BY e.seq DESC" : " ORDER BY e.seq")
                + " LIMIT ? OFFSET ?")) {
      bind(s, all);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          events.add(AuditRows.event(r));
        }
      }
    }
    return events;
  }

  /**
   * How many events the filter selects, for the tenant's auditor: the page the auditor then loads
   * is the logged query; a number alone discloses nothing about anyone.
   *
   * @throws AccessRefused when the user is not the tenant's auditor (logged as a DENY)
   */
  public long count(CurrentUser auditor, String tenant, AuditFilter filter) {
    guard(auditor, tenant, filter);
    try (Connection c = db.getConnection()) {
      List<Object> params = new ArrayList<>();
      return count(c, where(tenant, filter, params, bulkHours(c, tenant, filter)), params);
    } catch (SQLException e) {
      throw new AuditUnavailable("The data-sharing log cannot be read.", e);
    }
  }

  /**
   * Whether the user may read the tenant's log (the decision point; to show or hide the screen).
   */
  public boolean mayRead(CurrentUser user, String tenant) {
    return PDP.refusalToReadLog(user, new TenantId(tenant)).isEmpty();
  }

  /** Refuses, and logs, anyone but the tenant's auditor. */
  private void guard(CurrentUser user, String tenant, AuditFilter filter) {
    Optional<Decision.Deny> refusal = PDP.refusalToReadLog(user, new TenantId(tenant));
    if (refusal.isPresent()) {
      log.appendAlone(tenant, List.of(query(user, tenant, filter, AuditDecision.DENY)));
      throw new AccessRefused(refusal.get());
    }
  }

  private static long count(Connection c, String where, List<Object> params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_event e" + where)) {
      bind(s, params);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /**
   * Re-walks the tenant's chain against the database and the external checkpoints, with the pinned
   * public key, for the tenant's auditor; anything that cannot be read (the key, the file, a row)
   * fails it.
   *
   * @throws AccessRefused when the user is not the tenant's auditor (logged as a DENY)
   * @throws AuditUnavailable when the database does not answer: an outage is no broken chain
   */
  public Verification verify(CurrentUser auditor, String tenant) {
    guard(auditor, tenant, AuditFilter.NONE);
    try (Connection c = db.getConnection()) {
      return new AuditReader(c)
          .verify(tenant, checkpoints.verifier(), checkpoints.external(tenant));
    } catch (SQLException | RuntimeException e) {
      if (DatabaseOutage.causedBy(e)) {
        throw new AuditUnavailable("The data-sharing log cannot be read.", e);
      }
      return Verification.broken(tenant, 0, 1, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * The SQL condition of the filter, its parameters appended to {@code params}. A day is the
   * auditor's calendar day in Europe/Amsterdam, so it selects the UTC range from its first instant
   * to the next day's (23 or 25 hours on the days the clocks change).
   */
  private static List<BulkAccess.Hour> bulkHours(Connection c, String tenant, AuditFilter f)
      throws SQLException {
    return f.exception() == AuditFilter.Exception.BULK ? BulkAccess.hours(c, tenant) : List.of();
  }

  static String where(
      String tenant, AuditFilter f, List<Object> params, List<BulkAccess.Hour> bulk) {
    StringBuilder where = new StringBuilder(" WHERE e.tenant_id = ?");
    params.add(tenant);
    condition(where, params, " AND e.subject_ref = ?", f.subject());
    condition(where, params, " AND e.actor_username = ?", f.user());
    condition(where, params, " AND e.actor_partner = ?", f.partner());
    if (f.day() != null) {
      where.append(" AND e.occurred_at >= ? AND e.occurred_at < ?");
      params.add(UtcColumns.toColumn(AmsterdamTime.startOf(f.day())));
      params.add(UtcColumns.toColumn(AmsterdamTime.startOf(f.day().plusDays(1))));
    }
    if (f.exception() != null) {
      where.append(
          switch (f.exception()) {
            case DENIED -> " AND e.decision = 'DENY'";
            case BREAK_GLASS -> " AND e.break_glass";
            case AFTER_REVOKE -> " AND e.decision = 'DENY' AND e.reason = 'NOT_PARTICIPATING'";
            case BULK -> BulkAccess.condition(bulk, params);
          });
    }
    return where.toString();
  }

  private static void condition(StringBuilder where, List<Object> params, String sql, String v) {
    if (v != null && !v.isBlank()) {
      where.append(sql);
      params.add(v.strip());
    }
  }

  private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      s.setObject(i + 1, params.get(i));
    }
  }

  private AuditEntry query(
      CurrentUser user, String tenant, AuditFilter filter, AuditDecision decision) {
    return AuditEvent.of(new TenantId(tenant), clock.instant())
        .actor(user)
        .action(AuditAction.AUDIT_QUERY)
        .about(null, filter.subject())
        .decision(decision)
        .reason(
            decision == AuditDecision.PERMIT ? filter.describe() : DenyReason.NOT_AUDITOR.name())
        .purpose(AuditEvent.AUDIT_PURPOSE)
        .origin(trace.originIp(), trace.traceId())
        .build();
  }
}
