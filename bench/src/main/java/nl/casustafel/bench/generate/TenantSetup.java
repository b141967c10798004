package nl.casustafel.bench.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates a generated tenant ({@code bench-NN}) as the demo's zvh-gv is made
 * (R__demo_tenants_and_partners.sql, R__demo_zvh_covenants.sql): its own ZVH organisation, police,
 * Veilig Thuis and two municipalities as partners of the tenant, its municipalities, and an adopted
 * covenant signed by all five with the demo's matrix of grants (ZVH and police: every category both
 * ways; Veilig Thuis: all but JUSTICE; municipalities: identifying, contact and social data). In
 * one transaction, once: a tenant whose covenant exists is left as it is.
 */
final class TenantSetup {

  private static final LocalDate FROM = LocalDate.of(2015, 1, 1);
  private static final List<String> ALL =
      List.of("IDENTIFYING", "CONTACT", "SOCIAL", "HEALTH", "JUSTICE", "SAFETY", "VICTIM_STATUS");
  private static final String NECESSITY =
      "Noodzakelijk om acuut gevaar voor het slachtoffer af te wenden.";

  private TenantSetup() {}

  /** The covenant's id: one per generated tenant, above the demo's. */
  static long covenantId(TenantShape t) {
    return TenantShape.RANGE + t.index();
  }

  /** Creates the tenant when its covenant is missing; commits. Returns whether it did. */
  static boolean ensure(Connection c, TenantShape t) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM covenant WHERE id = ?")) {
      s.setLong(1, covenantId(t));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        if (r.getLong(1) > 0) {
          return false;
        }
      }
    }
    partners(c, t);
    covenant(c, t);
    c.commit();
    return true;
  }

  private static void partners(Connection c, TenantShape t) throws SQLException {
    String nn = t.id().substring("bench-".length());
    List<Object[]> partners = new ArrayList<>();
    partners.add(new Object[] {t.ownPartner(), t.name(), "SAFETY_HOUSE", null});
    partners.add(new Object[] {t.police(), "Politie Bench " + nn, "POLICE", null});
    partners.add(new Object[] {t.care(), "Veilig Thuis Bench " + nn, "CARE", null});
    for (int m = 0; m < t.municipalities().size(); m++) {
      String name = t.municipalities().get(m);
      partners.add(
          new Object[] {t.municipalityPartner(m), "Gemeente " + name, "MUNICIPALITY", name});
    }
    for (Object[] p : partners) {
      run(
          c,
          "INSERT INTO partner (id, name, kind, municipality, email_domain) VALUES (?, ?, ?, ?, ?)",
          p[0],
          p[1],
          p[2],
          p[3],
          p[0] + ".example");
    }
    run(
        c,
        "INSERT INTO tenant (id, name, own_partner_id) VALUES (?, ?, ?)",
        t.id(),
        t.name(),
        t.ownPartner());
    for (Object[] p : partners) {
      run(c, "INSERT INTO tenant_partner (tenant_id, partner_id) VALUES (?, ?)", t.id(), p[0]);
    }
    for (String m : t.municipalities()) {
      run(c, "INSERT INTO tenant_municipality (tenant_id, name) VALUES (?, ?)", t.id(), m);
    }
  }

  private static void covenant(Connection c, TenantShape t) throws SQLException {
    long id = covenantId(t);
    run(
        c,
        "INSERT INTO covenant (id, tenant_id, title, version, valid_from, retention_months, status,"
            + " adopted_by, adopted_at) VALUES (?, ?, ?, 1, ?, 24, 'ADOPTED', 'Directeur (bench)',"
            + " ?)",
        id,
        t.id(),
        "Privacyconvenant Casusoverleg " + t.name(),
        FROM,
        FROM.atStartOfDay());
    run(
        c, "INSERT INTO covenant_article (covenant_id, number, text) VALUES (?, 'art. 5', ?)",
        id, "Kernpartners verstrekken en ontvangen de gegevens die noodzakelijk zijn.");
    run(
        c, "INSERT INTO covenant_article (covenant_id, number, text) VALUES (?, 'art. 5.3', ?)",
        id, "Gezondheids- en strafrechtelijke gegevens alleen voor zover noodzakelijk.");
    run(
        c, "INSERT INTO covenant_article (covenant_id, number, text) VALUES (?, 'art. 6', ?)",
        id, "Ketenpartners met een beperkte rol ontvangen wat hun taak vraagt.");
    membership(c, t, 1, t.ownPartner(), "art. 5", ALL);
    membership(c, t, 2, t.police(), "art. 5", ALL);
    membership(
        c, t, 3, t.care(), "art. 5.3", ALL.stream().filter(x -> !x.equals("JUSTICE")).toList());
    for (int m = 0; m < t.municipalities().size(); m++) {
      membership(c, t, 4 + m, t.municipalityPartner(m), "art. 6", ALL.subList(0, 3));
    }
  }

  private static void membership(
      Connection c, TenantShape t, int k, String partner, String article, List<String> categories)
      throws SQLException {
    long id = TenantShape.RANGE + t.index() * 10L + k;
    run(
        c,
        "INSERT INTO covenant_membership (id, tenant_id, covenant_id, partner_id, role,"
            + " valid_from, article, signed_on, signed_by) VALUES (?, ?, ?, ?, 'CORE', ?, ?, ?,"
            + " 'Directeur (bench)')",
        id,
        t.id(),
        covenantId(t),
        partner,
        FROM,
        article,
        FROM);
    for (String category : categories) {
      boolean special = category.equals("HEALTH") || category.equals("JUSTICE");
      for (String direction : List.of("RECEIVE", "PROVIDE")) {
        run(
            c,
            "INSERT INTO covenant_grant (membership_id, category, direction, purpose, article,"
                + " necessity_ground) VALUES (?, ?, ?, 'CASE_CONFERENCE', ?, ?)",
            id,
            category,
            direction,
            special ? "art. 5.3" : article,
            special && direction.equals("RECEIVE") ? NECESSITY : null);
      }
    }
  }

  private static void run(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new SQLException(e.getMessage() + " [in: " + sql + "]", e.getSQLState(), e);
    }
  }
}
