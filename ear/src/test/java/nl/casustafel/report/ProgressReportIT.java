package nl.casustafel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * The progress report of ZVH Gooi en Vechtstreek for 2019, read through the report service on the
 * real stack, reproduces the evaluation's table (issue #13): 36 situations — 25 sexual, 7 labour, 3
 * criminal, 1 other — and 433 advertisement reviews of which more than 40 % risky; what leaves the
 * ZVH (CSV, PDF, the municipality's view) shows no count below k, and the CoMensha export no name,
 * date of birth or BSN. Each reading and export is logged.
 */
class ProgressReportIT extends ApiTest {

  private static final String REPORTS = "/api/v1/tenants/zvh-gv/reports/";
  private static final String YEAR_2019 = "?from=2019-01-01&to=2019-12-31";
  private static final int K = 5;

  @Test
  void theReportOf2019ReproducesTheEvaluation() throws Exception {
    JsonObject report = get("progress" + YEAR_2019, "manager.gv");
    assertEquals(36, total(report, "situations"));
    assertEquals(25, cell(report, "situations.form", "SEXUAL"));
    assertEquals(7, cell(report, "situations.form", "LABOUR"));
    assertEquals(3, cell(report, "situations.form", "CRIMINAL"));
    assertEquals(1, cell(report, "situations.form", "OTHER"));
    assertEquals(0, cell(report, "situations.form", "ORGAN_REMOVAL"));
    assertEquals(433, total(report, "advertisements"));
    long risky = cell(report, "advertisements.verdict", "RISKY");
    assertTrue(risky * 100 > 40 * 433, "a little over 40 % risky: " + risky + " of 433");
    assertTrue(risky * 100 < 45 * 433, "a little over 40 % risky: " + risky + " of 433");
    assertEquals(countInDatabase(), 36, "the report counts what the database holds");
    long hilversum = cell(report, "situations.municipality", "Hilversum");
    for (JsonValue c : table(report, "situations.municipality").getJsonArray("cells")) {
      assertTrue(hilversum >= c.asJsonObject().getInt("count"), "most in Hilversum: " + c);
    }
  }

  @Test
  void whatLeavesTheZvhShowsNoCountBelowK() throws Exception {
    HttpResponse<String> csv = Api.get(REPORTS + "progress.csv" + YEAR_2019, token("manager.gv"));
    assertEquals(200, csv.statusCode(), csv.body());
    for (String line : csv.body().split("\r?\n")) {
      String last = line.substring(line.lastIndexOf(';') + 1).replace("\"", "");
      if (last.matches("[0-9]+")) {
        assertTrue(Integer.parseInt(last) >= K, "a count below k left the ZVH: " + line);
      }
    }
    assertTrue(csv.body().contains("< " + K), csv.body());
    HttpResponse<byte[]> pdf = bytes(REPORTS + "progress.pdf" + YEAR_2019, "manager.gv");
    assertEquals(200, pdf.statusCode());
    assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void theLiaisonSeesOnlyItsOwnMunicipalitySuppressedAndNoPerson() throws Exception {
    JsonObject mine = get("municipality?year=2019", "gemeente.hilversum");
    assertEquals("Hilversum", mine.getString("municipality"));
    assertEquals(K, mine.getInt("k"));
    String body = mine.toString();
    for (String name : clientNames()) {
      assertFalse(body.contains(name), "a person's name in the municipal view: " + name);
    }
    assertFalse(body.contains("MH-2019"), body);
    assertFalse(body.contains("situations.municipality"), "no other municipality: " + body);
    List<Integer> exact = new ArrayList<>();
    Matcher counts = Pattern.compile("\"count\":([0-9]+)").matcher(body);
    while (counts.find()) {
      exact.add(Integer.parseInt(counts.group(1)));
    }
    assertFalse(exact.isEmpty(), body);
    exact.forEach(c -> assertTrue(c >= K, "a count below k: " + c + " in " + body));
    assertEquals(
        403, Api.get(REPORTS + "progress" + YEAR_2019, token("gemeente.hilversum")).statusCode());
    assertEquals(
        403, Api.get(REPORTS + "municipality?year=2019", token("manager.gv")).statusCode());
    assertEquals(403, Api.get(REPORTS + "progress" + YEAR_2019, token("politie.mnl")).statusCode());
  }

  @Test
  void theCoMenshaExportHoldsNoNameBirthDateOrBsn() throws Exception {
    long before = reportingEvents("EXPORT");
    HttpResponse<String> csv = Api.get(REPORTS + "comensha.csv" + YEAR_2019, token("manager.gv"));
    assertEquals(200, csv.statusCode(), csv.body());
    String[] lines = csv.body().split("\r?\n");
    assertEquals(37, lines.length, "a header and one line per victim: " + csv.body());
    String header = lines[0].toLowerCase(java.util.Locale.ROOT);
    for (String identifier : List.of("naam", "geboorte", "bsn", "adres", "kenmerk")) {
      assertFalse(header.contains(identifier), header);
    }
    for (String name : clientNames()) {
      assertFalse(csv.body().contains(name), "a name in the CoMensha export: " + name);
    }
    assertFalse(
        Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}").matcher(csv.body()).find(),
        "a date (of birth) in the CoMensha export");
    assertEquals(
        before + 37, reportingEvents("EXPORT"), "the export, and each of the 36 victims, logged");
  }

  @Test
  void badPeriodsAreRefusedClearly() {
    assertEquals(
        400, Api.get(REPORTS + "progress?from=2019-13-01", token("manager.gv")).statusCode());
    assertEquals(
        400,
        Api.get(REPORTS + "progress?from=2019-12-31&to=2019-01-01", token("manager.gv"))
            .statusCode());
    assertEquals(
        400,
        Api.get(REPORTS + "progress?from=1990-01-01&to=2019-12-31", token("manager.gv"))
            .statusCode());
  }

  private static JsonObject get(String path, String account) {
    HttpResponse<String> response = Api.get(REPORTS + path, token(account));
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response);
  }

  private static HttpResponse<byte[]> bytes(String path, String account) throws Exception {
    return java.net.http.HttpClient.newBuilder()
        .version(java.net.http.HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            java.net.http.HttpRequest.newBuilder(nl.casustafel.it.Stack.url(path))
                .header("Authorization", "Bearer " + token(account))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  static long total(JsonObject report, String group) {
    return report.getJsonArray("groups").stream()
        .map(JsonValue::asJsonObject)
        .filter(g -> g.getString("key").equals(group))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no group " + group + ": " + report))
        .getInt("count");
  }

  static JsonObject table(JsonObject report, String key) {
    return report.getJsonArray("groups").stream()
        .flatMap(g -> g.asJsonObject().getJsonArray("tables").stream())
        .map(JsonValue::asJsonObject)
        .filter(t -> t.getString("key").equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + key + ": " + report));
  }

  static long cell(JsonObject report, String table, String code) {
    return table(report, table).getJsonArray("cells").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cell " + code + " in " + table))
        .getInt("count");
  }

  private static long countInDatabase() throws Exception {
    try (Connection db = database();
        PreparedStatement q =
            db.prepareStatement(
                "SELECT COUNT(*) FROM case_file WHERE tenant_id = 'zvh-gv'"
                    + " AND type = 'HUMAN_TRAFFICKING' AND opened_at >= '2018-12-31 23:00:00'"
                    + " AND opened_at < '2019-12-31 23:00:00'");
        ResultSet r = q.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static List<String> clientNames() throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection db = database();
        PreparedStatement q =
            db.prepareStatement(
                "SELECT p.name FROM client p JOIN case_file c ON c.client_id = p.id"
                    + " WHERE c.reference LIKE 'MH-2019-%'");
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        names.add(r.getString(1));
      }
    }
    assertEquals(36, names.size());
    return names;
  }

  private static long reportingEvents(String action) throws Exception {
    try (Connection db = database();
        PreparedStatement q =
            db.prepareStatement(
                "SELECT COUNT(*) FROM audit_event WHERE tenant_id = 'zvh-gv'"
                    + " AND purpose = 'REPORTING' AND action = ?")) {
      q.setString(1, action);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
