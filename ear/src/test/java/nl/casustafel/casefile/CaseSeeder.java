package nl.casustafel.casefile;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEventManager;

/**
 * Seeds a tenant of its own with a covenant and {@code n} cases, each with two participations and a
 * statement, straight through JDBC. Idempotent, so a test can run twice against one database.
 */
@Stateless
public class CaseSeeder {

  static final String ZVH = "zvh-gooi-en-vechtstreek";
  static final String POLICE = "politie-midden-nederland";

  @Resource(lookup = "jdbc/casustafel")
  private DataSource db;

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  /**
   * The event manager of EclipseLink's server session, whose listeners every later transaction's
   * session inherits: to count the SQL statements of a call.
   */
  public SessionEventManager sessionEvents() {
    AbstractSession session = (AbstractSession) em.unwrap(Session.class);
    while (session.getParent() != null) {
      session = session.getParent();
    }
    return session.getEventManager();
  }

  public void seed(String tenant, long covenantId, int n) throws SQLException {
    try (Connection c = db.getConnection()) {
      if (exists(c, tenant)) {
        return;
      }
      run(c, "INSERT INTO tenant (id, name) VALUES ('" + tenant + "', 'Test " + tenant + "')");
      run(
          c,
          "INSERT INTO covenant (id, tenant_id, title, version, valid_from, retention_months)"
              + " VALUES ("
              + covenantId
              + ", '"
              + tenant
              + "', 'Test', 1, '2020-01-01', 24)");
      for (String partner : new String[] {ZVH, POLICE}) {
        long membership = covenantId * 10 + (partner.equals(ZVH) ? 1 : 2);
        run(
            c,
            "INSERT INTO covenant_membership (id, tenant_id, covenant_id, partner_id, role,"
                + " valid_from, article, signed_on, signed_by) VALUES ("
                + membership
                + ", '"
                + tenant
                + "', "
                + covenantId
                + ", '"
                + partner
                + "', 'CORE', '2020-01-01', 'art. 5', '2020-01-01', 'seed')");
        run(
            c,
            "INSERT INTO covenant_grant (membership_id, category, direction, purpose, article,"
                + " necessity_ground) VALUES ("
                + membership
                + ", 'IDENTIFYING', 'RECEIVE',"
                + " 'CASE_CONFERENCE', 'art. 5', NULL), ("
                + membership
                + ", 'VICTIM_STATUS',"
                + " 'RECEIVE', 'CASE_CONFERENCE', 'art. 5', NULL)");
      }
      for (int i = 1; i <= n; i++) {
        seedCase(c, tenant, i);
      }
    }
  }

  private void seedCase(Connection c, String tenant, int i) throws SQLException {
    long client =
        insert(c, "INSERT INTO client (tenant_id, name) VALUES (?, ?)", tenant, "Cliënt " + i);
    long kase =
        insert(
            c,
            "INSERT INTO case_file (tenant_id, reference, type, exploitation_form,"
                + " status, lead_partner_id, client_id, opened_at) VALUES (?, ?, 'HUMAN_TRAFFICKING',"
                + " 'SEXUAL', 'IN_CONFERENCE', '"
                + ZVH
                + "', "
                + client
                + ", '2026-01-01')",
            tenant,
            String.format("T-%04d", i));
    for (String partner : new String[] {ZVH, POLICE, "kwintes"}) {
      insert(
          c,
          "INSERT INTO case_participation (tenant_id, case_id, partner_id, invited_by,"
              + " invited_at) VALUES (?, "
              + kase
              + ", ?, 'seed', '2026-01-01')",
          tenant,
          partner);
    }
    insert(
        c,
        "INSERT INTO confidentiality_statement (tenant_id, case_id, partner_id, accepted_by,"
            + " accepted_at, expires_at) VALUES (?, "
            + kase
            + ", ?, 'seed', '2026-01-01',"
            + " '2099-01-01')",
        tenant,
        "kwintes");
  }

  /**
   * Makes the partner's participation in the cases {@code T-0001}, {@code T-0002} and {@code
   * T-0003} inactive now: revoked, ended, and invited only from 2099 on.
   */
  public void deactivateFirstThree(String tenant, String partner) throws SQLException {
    String[] changes = {
      "revoked_at = '2026-02-01', revoked_by = 'seed'",
      "until = '2026-02-01'",
      "invited_at = '2099-01-01'"
    };
    try (Connection c = db.getConnection()) {
      for (int i = 0; i < changes.length; i++) {
        try (PreparedStatement s =
            c.prepareStatement(
                "UPDATE case_participation p JOIN case_file c ON c.id = p.case_id SET "
                    + changes[i]
                    + " WHERE p.tenant_id = ? AND p.partner_id = ? AND c.reference = ?")) {
          s.setString(1, tenant);
          s.setString(2, partner);
          s.setString(3, String.format("T-%04d", i + 1));
          s.executeUpdate();
        }
      }
    }
  }

  private static boolean exists(Connection c, String tenant) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM tenant WHERE id = ?")) {
      s.setString(1, tenant);
      return s.executeQuery().next();
    }
  }

  private static void run(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private static long insert(Connection c, String sql, String... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < values.length; i++) {
        s.setString(i + 1, values[i]);
      }
      s.executeUpdate();
      var keys = s.getGeneratedKeys();
      keys.next();
      return keys.getLong(1);
    }
  }
}
