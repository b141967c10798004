package nl.casustafel.tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.it.ApiTest;

/**
 * What the tests of keeping a tenant (issue #15) read from and clean up in the database: counts and
 * log rows as the application's account, removals as the schema owner (the log is append-only;
 * covenant versions and revocations are removed so the demo stays as other tests expect it).
 */
final class TenantRows {

  private TenantRows() {}

  /**
   * The open cases (not CLOSED) of the tenant in which the partner takes part today: participations
   * not revoked. The definition of the effect preview (issue #15), counted here independently.
   */
  static long openCasesOf(String tenant, String partner) throws SQLException {
    return number(
        "SELECT COUNT(DISTINCT c.id) FROM case_file c WHERE c.tenant_id = ?"
            + " AND c.status <> 'CLOSED' AND EXISTS (SELECT 1 FROM case_participation p"
            + " WHERE p.case_id = c.id AND p.partner_id = ? AND p.revoked_at IS NULL)",
        tenant,
        partner);
  }

  /** One number from the database (the application's account). */
  static long number(String sql, Object... args) throws SQLException {
    try (Connection db = ApiTest.database();
        PreparedStatement s = prepared(db, sql, args);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  /** "ACTION DECISION PURPOSE legal_basis" of every event of one trace, in order. */
  static List<String> eventsOf(String trace) throws SQLException {
    try (Connection db = ApiTest.database();
        PreparedStatement s =
            prepared(
                db,
                "SELECT action, decision, purpose, legal_basis FROM audit_event"
                    + " WHERE trace_id = ? AND action <> 'AUDIT_QUERY' ORDER BY seq",
                trace);
        ResultSet r = s.executeQuery()) {
      List<String> events = new ArrayList<>();
      while (r.next()) {
        events.add(
            r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4));
      }
      return events;
    }
  }

  /**
   * Removes every covenant version of the tenant after the demo's first, drafts and adopted ones,
   * so that the demo version 1 is in force again and no draft blocks the next one.
   */
  static void removeVersionsAfterFirst(String tenant) throws SQLException {
    String later = " JOIN covenant c ON c.id = %s WHERE c.tenant_id = ? AND c.version > 1";
    String[] statements = {
      "DELETE g FROM covenant_grant g JOIN covenant_membership m ON m.id = g.membership_id"
          + later.formatted("m.covenant_id"),
      "DELETE m FROM covenant_membership m" + later.formatted("m.covenant_id"),
      "DELETE a FROM covenant_article a" + later.formatted("a.covenant_id"),
      "DELETE FROM covenant WHERE tenant_id = ? AND version > 1"
    };
    owner(statements, tenant);
  }

  /** Removes every revocation of the person's roles (the Keycloak subject). */
  static void removeRevocations(String subject) throws SQLException {
    owner(new String[] {"DELETE FROM role_revocation WHERE subject = ?"}, subject);
  }

  private static void owner(String[] statements, String argument) throws SQLException {
    try (Connection db = ApiTest.ownerDatabase()) {
      for (String sql : statements) {
        try (PreparedStatement s = prepared(db, sql, argument)) {
          s.executeUpdate();
        }
      }
    }
  }

  private static PreparedStatement prepared(Connection db, String sql, Object... args)
      throws SQLException {
    PreparedStatement s = db.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      s.setObject(i + 1, args[i]);
    }
    return s;
  }
}
