package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The GCOS import against the real database through the API, with the sample files of docs/: a dry
 * run stores nothing, a commit stores exactly the counted clients, cases and meetings in the
 * client-following model, the same file again adds nothing, a broken file is refused whole, and
 * another region's file is refused line by line. What it imported is removed afterwards.
 */
class GcosImportIT extends ApiTest {

  private static final Path SAMPLE = Path.of("../docs/gcos-voorbeeld.csv");
  private static final Path BROKEN = Path.of("../docs/gcos-voorbeeld-fouten.csv");
  private static final String GV = "/api/v1/tenants/zvh-gv/imports/gcos";
  private static final String FLEVO = "/api/v1/tenants/zvh-flevoland/imports/gcos";

  @Test
  void aDryRunCountsAndStoresNothingThenTheCommitStoresTheClientFollowingModelOnce()
      throws Exception {
    HttpResponse<String> dry = Api.upload(GV, token("manager.gv"), Files.readAllBytes(SAMPLE));
    assertEquals(200, dry.statusCode(), dry.body());
    JsonObject totals = Api.json(dry).getJsonObject("totals");
    assertEquals(9, totals.getInt("newClients"), dry.body());
    assertEquals(10, totals.getInt("newCases"));
    assertEquals(22, totals.getInt("newMeetings"));
    assertEquals(0, count("SELECT COUNT(*) FROM case_file WHERE gcos_number IS NOT NULL"));

    HttpResponse<String> commit = Api.upload(GV + "?commit=true", token("manager.gv"), bytes());
    assertEquals(201, commit.statusCode(), commit.body());
    assertEquals(10, count("SELECT COUNT(*) FROM case_file WHERE gcos_number IS NOT NULL"));
    assertEquals(
        9, count("SELECT COUNT(DISTINCT client_id) FROM case_file WHERE gcos_number IS NOT NULL"));
    assertEquals(22, count("SELECT COUNT(*) FROM case_meeting WHERE source = 'GCOS'"));
    assertEquals(
        0,
        count("SELECT COUNT(*) FROM client WHERE bsn_encrypted IS NOT NULL AND bsn_index IS NULL"));
    assertTrue(
        count(
                "SELECT COUNT(*) FROM case_file c JOIN client k ON k.id = c.client_id"
                    + " WHERE c.gcos_number IS NOT NULL GROUP BY k.id HAVING COUNT(*) = 2")
            >= 1,
        "Zoë Bakker has two cases as one client");

    HttpResponse<String> again = Api.upload(GV + "?commit=true", token("manager.gv"), bytes());
    assertEquals(201, again.statusCode(), again.body());
    JsonObject second = Api.json(again).getJsonObject("totals");
    assertEquals(
        0, second.getInt("newClients") + second.getInt("newCases") + second.getInt("newMeetings"));
    assertEquals(10, count("SELECT COUNT(*) FROM case_file WHERE gcos_number IS NOT NULL"));
  }

  @Test
  void aBrokenFileIsRefusedWholeWithItsLinesAndAnotherRegionsFileLineByLine() throws Exception {
    HttpResponse<String> broken =
        Api.upload(GV + "?commit=true", token("manager.gv"), Files.readAllBytes(BROKEN));
    assertEquals(422, broken.statusCode(), broken.body());
    assertFalse(Api.json(broken).getBoolean("committable"));
    assertTrue(broken.body().contains("\"line\":3"), broken.body());
    assertEquals(0, count("SELECT COUNT(*) FROM case_file WHERE gcos_number IS NOT NULL"));

    assertEquals(201, Api.upload(GV + "?commit=true", token("manager.gv"), bytes()).statusCode());
    HttpResponse<String> flevo =
        Api.upload(FLEVO + "?commit=true", token("manager.flevo"), bytes());
    assertEquals(422, flevo.statusCode(), flevo.body());
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM case_file WHERE gcos_number IS NOT NULL"
                + " AND tenant_id = 'zvh-flevoland'"));
  }

  @Test
  void onlyTheManagerImports() throws Exception {
    HttpResponse<String> director = Api.upload(GV, token("regisseur.gv"), bytes());
    assertEquals(403, director.statusCode(), director.body());
    HttpResponse<String> empty = Api.upload(GV, token("manager.gv"), new byte[0]);
    assertEquals(200, empty.statusCode(), empty.body());
    assertTrue(Api.json(empty).containsKey("fileError"), empty.body());
  }

  private static byte[] bytes() throws IOException {
    return Files.readAllBytes(SAMPLE);
  }

  private static int count(String sql) throws SQLException {
    try (Connection db = ApiTest.database();
        PreparedStatement s = db.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  /** Removes what was imported, so that the other tests see the demo cases only. */
  @AfterEach
  void removeTheImport() throws SQLException {
    ImportedCases.remove();
    assertEquals(0, count("SELECT COUNT(*) FROM case_file WHERE gcos_number IS NOT NULL"));
  }
}
