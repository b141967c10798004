package nl.casustafel.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * Runs the checked-in access matrix (src/test/resources/access-matrix.txt) against the deployed API
 * with real tokens of every demo account, and checks that the matrix covers every endpoint the API
 * describes at /openapi. Lists, searches and counts are compared as sets of demo cases; every 404
 * must be byte-identical to the answer for a case id that does not exist. Every cell runs in a
 * trace of its own, and the data-sharing log must hold exactly its events ({@link MatrixAudit}).
 */
class AccessMatrixIT extends ApiTest {

  private static final Path TABLE = Path.of("src/test/resources/access-matrix.txt");
  private static final String MISSING_CASE = "/api/v1/tenants/zvh-gv/cases/999999";

  @Test
  void everyEndpointTheApiDescribesHasRows() throws IOException {
    Set<String> described =
        MatrixCall.describedEndpoints(Api.json(Api.get("/openapi?format=JSON", null)));
    Set<String> inTable = new TreeSet<>();
    MatrixTable.read(TABLE).forEach(row -> inTable.add(row.endpoint()));
    Set<String> missing = new TreeSet<>(described);
    missing.removeAll(inTable);
    assertTrue(missing.isEmpty(), "endpoints without a row in " + TABLE + ": " + missing);
    Set<String> stale = new TreeSet<>(inTable);
    stale.removeAll(described);
    assertTrue(stale.isEmpty(), "rows for endpoints the API does not have: " + stale);
  }

  @Test
  void everyAccountGetsExactlyWhatTheMatrixSaysAndTheLogHoldsIt() throws Exception {
    String notFound = Api.get(MISSING_CASE, token("regisseur.gv")).body();
    List<String> mismatches = new ArrayList<>();
    int cells = 0;
    for (MatrixTable.Row row : MatrixTable.read(TABLE)) {
      for (int i = 0; i < row.targets().size(); i++) {
        String target = row.targets().get(i);
        String wrong = cell(row, target, row.expected().get(i), notFound);
        cells++;
        if (wrong != null) {
          mismatches.add(row.label() + " @ " + target + ": " + wrong);
        }
      }
    }
    assertTrue(cells > 600, "the matrix shrank to " + cells + " cells");
    assertEquals(List.of(), mismatches, mismatches.size() + " of " + cells + " cells differ");
  }

  /** What is wrong with one cell, or null: its answer, its log, its headers, its undoing. */
  private static String cell(MatrixTable.Row row, String target, String expected, String notFound)
      throws Exception {
    MatrixCall call = MatrixCall.of(row, target);
    String trace = UUID.randomUUID().toString().replace("-", "");
    HttpResponse<String> response =
        call.send(token(row.account()), "00-" + trace + "-00f067aa0ba902b7-01");
    String actual = MatrixCall.observe(row, response);
    String undone = call.undo(response, token(row.account()));
    if (!actual.equals(expected)) {
      return "expected " + expected + ", got " + actual;
    }
    String logged = MatrixAudit.check(row, call, trace, actual, response.body());
    if (logged != null) {
      return logged;
    }
    if (undone != null) {
      return undone;
    }
    if (response.statusCode() == 404 && !response.body().equals(notFound)) {
      return "a 404 unlike a missing case";
    }
    if (response.statusCode() < 300
        && !"no-store".equals(response.headers().firstValue("Cache-Control").orElse(""))) {
      return "no Cache-Control: no-store";
    }
    return null;
  }
}
