package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retention against the real database through the API: a case of zvh-gv closed long ago (1999/2000,
 * past the demo covenant's 24 months) is proposed, approved and destroyed with its person and
 * everything that hangs on them, in zvh-gv only. Proof that every bulk statement carries the
 * tenant: zvh-flevoland's own due case stays (its list was not approved), and a zvh-flevoland
 * person slipped into zvh-gv's list by id stays with their alias and referral — without the tenant
 * condition the person statements would have deleted them. The yearly figures are the same before
 * and after. What the test inserted is removed afterwards.
 */
class RetentionIT extends ApiTest {

  private static final String GV = "/api/v1/tenants/zvh-gv/retention";
  private static final String FLEVO = "/api/v1/tenants/zvh-flevoland/retention";
  private static final String GV_REF = "RT-GV-1999";
  private static final String FL_REF = "RT-FL-1999";
  private static final String PREFIX = "Retentietest";

  private long gvCase;
  private long gvClient;
  private long flCase;
  private long flClient;
  private long flLoneClient;
  private final java.util.Set<Long> lists = new java.util.HashSet<>();

  @BeforeEach
  void insertDueCases() throws SQLException {
    try (Connection db = ApiTest.ownerDatabase()) {
      gvClient = client(db, "zvh-gv", PREFIX + " Persoon GV");
      gvCase = kase(db, "zvh-gv", GV_REF, "zvh-gooi-en-vechtstreek", gvClient);
      children(db, "zvh-gv", gvCase, gvClient, "zvh-gooi-en-vechtstreek");
      flClient = client(db, "zvh-flevoland", PREFIX + " Persoon FL");
      flCase = kase(db, "zvh-flevoland", FL_REF, "zvh-flevoland-organisatie", flClient);
      children(db, "zvh-flevoland", flCase, flClient, "zvh-flevoland-organisatie");
      flLoneClient = client(db, "zvh-flevoland", PREFIX + " Alleen FL");
      update(
          db,
          "INSERT INTO client_alias (tenant_id, client_id, alias) VALUES ('zvh-flevoland', ?, ?)",
          flLoneClient,
          PREFIX + " Alias");
      referral(db, "zvh-flevoland", "RT-AM-FL-2", flLoneClient, null, "zvh-flevoland-organisatie");
    }
  }

  @Test
  void anApprovedListDestroysOnlyItsOwnTenantsDueCaseAndPersonAndKeepsTheFigures()
      throws Exception {
    JsonArray before = figures();

    HttpResponse<String> built =
        Api.send("POST", GV + "/destruction-list", token("manager.gv"), null);
    assertEquals(201, built.statusCode(), built.body());
    JsonObject list = Api.json(built).getJsonObject("list");
    assertTrue(built.body().contains(GV_REF), built.body());
    assertFalse(built.body().contains(FL_REF), "another tenant's case: " + built.body());
    assertFalse(built.body().contains(PREFIX), "a name on the list: " + built.body());
    assertTrue(list.getInt("persons") >= 1, built.body());
    long id = list.getJsonNumber("id").longValue();
    lists.add(id);
    HttpResponse<String> shown = Api.get(GV + "/destruction-list", token("manager.gv"));
    assertEquals(id, Api.json(shown).getJsonObject("list").getJsonNumber("id").longValue());

    slipIntoTheList(id, flLoneClient);
    String approval = GV + "/destruction-list/" + id + "/approval";
    assertEquals(
        403, Api.send("POST", approval, token("regisseur.gv"), "{\"confirm\": true}").statusCode());
    assertEquals(
        400, Api.send("POST", approval, token("manager.gv"), "{\"confirm\": false}").statusCode());
    HttpResponse<String> done =
        Api.send("POST", approval, token("manager.gv"), "{\"confirm\": true}");
    assertEquals(200, done.statusCode(), done.body());
    assertTrue(Api.json(done).getInt("destroyedCases") >= 1, done.body());

    assertGone();
    assertFlevolandKept();
    assertRecorded(id);
    assertEquals(before, figures(), "the yearly figures do not change by destruction");
    HttpResponse<String> again =
        Api.send("POST", approval, token("manager.gv"), "{\"confirm\": true}");
    assertEquals(400, again.statusCode(), "an executed list is not approved twice");
  }

  @Test
  void anotherTenantsListIsUnknownAndTheFiguresAreTheManagersAndTheAuditors() throws Exception {
    HttpResponse<String> flevo =
        Api.send("POST", FLEVO + "/destruction-list", token("manager.flevo"), null);
    assertEquals(201, flevo.statusCode(), flevo.body());
    assertTrue(flevo.body().contains(FL_REF), flevo.body());
    long flevoList = Api.json(flevo).getJsonObject("list").getJsonNumber("id").longValue();
    lists.add(flevoList);
    HttpResponse<String> crossed =
        Api.send(
            "POST",
            GV + "/destruction-list/" + flevoList + "/approval",
            token("manager.gv"),
            "{\"confirm\": true}");
    assertEquals(404, crossed.statusCode(), "zvh-gv does not know zvh-flevoland's list");
    assertEquals(1, count("SELECT COUNT(*) FROM case_file WHERE id = ?", flCase));
    assertEquals(200, Api.get(GV + "/figures", token("auditor.gv")).statusCode());
    assertEquals(403, Api.get(GV + "/figures", token("regisseur.gv")).statusCode());
    assertEquals(403, Api.get(GV + "/destruction-list", token("auditor.gv")).statusCode());
  }

  private void assertGone() throws SQLException {
    assertEquals(0, count("SELECT COUNT(*) FROM case_file WHERE id = ?", gvCase));
    assertEquals(0, count("SELECT COUNT(*) FROM client WHERE id = ?", gvClient));
    assertEquals(0, count("SELECT COUNT(*) FROM client_alias WHERE client_id = ?", gvClient));
    assertEquals(0, count("SELECT COUNT(*) FROM referral WHERE client_id = ?", gvClient));
    for (String table :
        new String[] {
          "case_participation",
          "case_information",
          "care_episode",
          "case_status_change",
          "case_meeting"
        }) {
      assertEquals(0, count("SELECT COUNT(*) FROM " + table + " WHERE case_id = ?", gvCase), table);
    }
  }

  private void assertFlevolandKept() throws SQLException {
    assertEquals(1, count("SELECT COUNT(*) FROM case_file WHERE id = ?", flCase));
    assertEquals(1, count("SELECT COUNT(*) FROM client WHERE id = ?", flClient));
    assertEquals(1, count("SELECT COUNT(*) FROM care_episode WHERE case_id = ?", flCase));
    assertEquals(1, count("SELECT COUNT(*) FROM case_information WHERE case_id = ?", flCase));
    assertEquals(1, count("SELECT COUNT(*) FROM client WHERE id = ?", flLoneClient), "bulk");
    assertEquals(
        1, count("SELECT COUNT(*) FROM client_alias WHERE client_id = ?", flLoneClient), "bulk");
    assertEquals(
        1, count("SELECT COUNT(*) FROM referral WHERE client_id = ?", flLoneClient), "bulk");
  }

  private void assertRecorded(long list) throws SQLException {
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM destruction_record WHERE list_id = ? AND tenant_id = 'zvh-gv'"
                + " AND kind = 'CASE' AND case_type = 'HUMAN_TRAFFICKING' AND opened_year = 1999"
                + " AND closed_year = 2000 AND approved_by = 'manager.gv'",
            list));
    assertTrue(
        count("SELECT COUNT(*) FROM destruction_record WHERE list_id = ? AND kind = 'CLIENT'", list)
            >= 1);
    assertEquals(0, count("SELECT COUNT(*) FROM destruction_entry WHERE list_id = ?", list));
    assertEquals(
        1,
        count("SELECT COUNT(*) FROM destruction_list WHERE id = ? AND status = 'EXECUTED'", list));
  }

  private static JsonArray figures() {
    HttpResponse<String> response = Api.get(GV + "/figures", token("manager.gv"));
    assertEquals(200, response.statusCode(), response.body());
    JsonArray figures = Api.json(response).getJsonArray("figures");
    assertTrue(figures.toString().contains("\"year\":1999"), figures.toString());
    return figures;
  }

  /**
   * What a tampered list, or an id mix-up, would hold: another tenant's person in zvh-gv's list.
   */
  private static void slipIntoTheList(long list, long client) throws SQLException {
    try (Connection db = ApiTest.ownerDatabase()) {
      update(
          db,
          "INSERT INTO destruction_entry (tenant_id, list_id, kind, client_id)"
              + " VALUES ('zvh-gv', ?, 'CLIENT', ?)",
          list,
          client);
    }
  }

  private static long client(Connection db, String tenant, String name) throws SQLException {
    return insert(db, "INSERT INTO client (tenant_id, name) VALUES (?, ?)", tenant, name);
  }

  private static long kase(Connection db, String tenant, String ref, String lead, long client)
      throws SQLException {
    return insert(
        db,
        "INSERT INTO case_file (tenant_id, reference, type, exploitation_form, status,"
            + " lead_partner_id, client_id, opened_at, closed_at) VALUES (?, ?,"
            + " 'HUMAN_TRAFFICKING', 'SEXUAL', 'CLOSED', ?, ?, '1999-06-01 10:00:00',"
            + " '2000-01-15 10:00:00')",
        tenant,
        ref,
        lead,
        client);
  }

  /** What hangs on a case: a participation, information, care, status history, a meeting. */
  private static void children(Connection db, String tenant, long kase, long client, String zvh)
      throws SQLException {
    update(
        db,
        "INSERT INTO case_participation (tenant_id, case_id, partner_id, invited_by, invited_at)"
            + " VALUES (?, ?, 'politie-midden-nederland', 'test', '1999-06-01 10:00:00')",
        tenant,
        kase);
    update(
        db,
        "INSERT INTO case_information (tenant_id, case_id, category, provider_id, body,"
            + " created_at, created_by) VALUES (?, ?, 'SOCIAL', ?, 'Retentietest.',"
            + " '1999-06-02 10:00:00', 'test')",
        tenant,
        kase,
        zvh);
    update(
        db,
        "INSERT INTO care_episode (tenant_id, case_id, kind, provider_id, started_on, created_at,"
            + " created_by) VALUES (?, ?, 'SHELTER', ?, '1999-06-03', '1999-06-03 10:00:00', 'test')",
        tenant,
        kase,
        zvh);
    update(
        db,
        "INSERT INTO case_status_change (tenant_id, case_id, from_status, to_status, changed_at,"
            + " changed_by) VALUES (?, ?, 'MONITORING', 'CLOSED', '2000-01-15 10:00:00', 'test')",
        tenant,
        kase);
    update(
        db,
        "INSERT INTO case_meeting (tenant_id, case_id, held_on, source) VALUES (?, ?,"
            + " '1999-07-01', 'GCOS')",
        tenant,
        kase);
    update(
        db,
        "INSERT INTO client_alias (tenant_id, client_id, alias) VALUES (?, ?, ?)",
        tenant,
        client,
        PREFIX + " Bijnaam");
    referral(db, tenant, "RT-AM-" + kase, client, kase, zvh);
  }

  /** A decided referral (nothing waits for triage), of the case if given. */
  private static void referral(
      Connection db, String tenant, String ref, long client, Long kase, String referrer)
      throws SQLException {
    update(
        db,
        "INSERT INTO referral (tenant_id, reference, source, received_at, received_by,"
            + " referrer_partner_id, case_type, reason, triage_date, client_id, outcome,"
            + " decided_at, decided_by, case_id) VALUES (?, ?, 'REFERRAL', '1999-05-01 10:00:00',"
            + " 'test', ?, 'HUMAN_TRAFFICKING', 'Retentietest.', '1999-05-04', ?, 'NO_ACTION',"
            + " '1999-05-04 10:00:00', 'test', ?)",
        tenant,
        ref,
        referrer,
        client,
        kase);
  }

  private static long insert(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(s, values);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void update(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      bind(s, values);
      s.executeUpdate();
    }
  }

  private static void bind(PreparedStatement s, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      s.setObject(i + 1, values[i]);
    }
  }

  private static long number(Connection db, String sql) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static int count(String sql, long id) throws SQLException {
    try (Connection db = ApiTest.database();
        PreparedStatement s = db.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }

  /**
   * Removes what the test inserted and the lists it built or approved, so that the other tests see
   * the demo data only; the destroyed-case counts of 1999 are test data too.
   */
  @AfterEach
  void removeTheTestData() throws SQLException {
    String mine = "SELECT id FROM client WHERE name LIKE '" + PREFIX + "%'";
    try (Connection db = ApiTest.ownerDatabase()) {
      for (String sql :
          new String[] {
            "CREATE TEMPORARY TABLE rt_clients AS " + mine,
            "CREATE TEMPORARY TABLE rt_cases AS SELECT id FROM case_file"
                + " WHERE client_id IN (SELECT id FROM rt_clients)",
            "DELETE FROM case_participation WHERE case_id IN (SELECT id FROM rt_cases)",
            "DELETE FROM case_information WHERE case_id IN (SELECT id FROM rt_cases)",
            "DELETE FROM care_episode WHERE case_id IN (SELECT id FROM rt_cases)",
            "DELETE FROM case_status_change WHERE case_id IN (SELECT id FROM rt_cases)",
            "DELETE FROM case_meeting WHERE case_id IN (SELECT id FROM rt_cases)",
            "DELETE FROM referral WHERE client_id IN (SELECT id FROM rt_clients)",
            "DELETE FROM case_file WHERE id IN (SELECT id FROM rt_cases)",
            "DELETE FROM client_alias WHERE client_id IN (SELECT id FROM rt_clients)",
            "DELETE FROM client WHERE id IN (SELECT id FROM rt_clients)",
            "DROP TEMPORARY TABLE rt_cases",
            "DROP TEMPORARY TABLE rt_clients",
            "DELETE FROM yearly_figure WHERE opened_year = 1999"
          }) {
        update(db, sql);
      }
      for (long list : lists) {
        update(db, "DELETE FROM destruction_entry WHERE list_id = ?", list);
        update(db, "DELETE FROM destruction_record WHERE list_id = ?", list);
        update(db, "DELETE FROM destruction_list WHERE id = ?", list);
      }
      assertEquals(0, number(db, "SELECT COUNT(*) FROM client WHERE name LIKE '" + PREFIX + "%'"));
    }
  }
}
