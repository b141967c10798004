package nl.casustafel.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fuzz must leave as it was: the row counts of the business tables (every table a write of
 * the API or a form would touch) and the data-sharing log's writes of one trace. Shared by the API
 * fuzz and the form fuzz, so a table added for a new write is added once.
 */
public final class BusinessRows {

  /**
   * The tables a write of the case, registry or retention services adds rows to, and those of
   * keeping a tenant (issue #15): regions, partners, people's revocations and covenant versions;
   * and those of the mensenhandel line of work (issue #13): advertisement reviews and their
   * hand-overs, on-call shifts and crisis cards.
   */
  public static final List<String> TABLES =
      List.of(
          "case_information",
          "case_participation",
          "confidentiality_statement",
          "case_break_glass",
          "case_file",
          "client",
          "referral",
          "care_episode",
          "case_meeting",
          "client_merge",
          "destruction_list",
          "destruction_record",
          "yearly_figure",
          "tenant",
          "tenant_municipality",
          "tenant_partner",
          "partner",
          "role_revocation",
          "covenant",
          "covenant_article",
          "covenant_membership",
          "covenant_grant",
          "advertisement_review",
          "advertisement_handover",
          "on_call_shift",
          "crisis_card");

  private BusinessRows() {}

  /** Rows in each of {@link #TABLES}, in that order. */
  public static Map<String, Long> counts() throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection db = ApiTest.database();
        Statement s = db.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          r.next();
          counts.put(table, r.getLong(1));
        }
      }
    }
    return counts;
  }

  /** Events of the trace (32 hex digits) that record a write: "ACTION reason" each. */
  public static List<String> writesLogged(String trace) throws SQLException {
    try (Connection db = ApiTest.database();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT action, reason FROM audit_event WHERE trace_id = ?"
                    + " AND action IN ('CREATE', 'UPDATE', 'SHARE', 'BREAK_GLASS', 'CONFIGURE')")) {
      s.setString(1, trace);
      List<String> writes = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          writes.add(r.getString(1) + " " + r.getString(2));
        }
      }
      return writes;
    }
  }
}
