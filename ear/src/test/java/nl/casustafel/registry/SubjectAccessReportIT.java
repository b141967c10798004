package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import nl.casustafel.it.Stack;
import org.junit.jupiter.api.Test;

/**
 * The data-subject access report (AVG art. 15) through the API against the demo data: the ZVH
 * manager gets Daria Petrova's report as a PDF that holds her name, her case and who received her
 * data, and making it is exactly one EXPORT event about her; anyone else in the tenant is refused
 * (403) and the other tenant's manager does not learn she exists (404). Changes nothing but the
 * log.
 */
class SubjectAccessReportIT extends ApiTest {

  private static final String DARIA = "/api/v1/tenants/zvh-gv/persons/1/access-report";
  private static final String NOT_IN_FLEVOLAND =
      "/api/v1/tenants/zvh-flevoland/persons/1/access-report";
  private static final Pattern ATTACHMENT =
      Pattern.compile("attachment; filename=\"inzage-(ps-[0-9a-f]{32})\\.pdf\"");

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void theManagerGetsHerReportWithWhoReceivedHerDataAndItIsOneExport() throws Exception {
    // Something to report: the police read her case file (READ events about her).
    String readTrace = trace();
    HttpResponse<String> read =
        Api.send(
            "GET", "/api/v1/tenants/zvh-gv/cases/1", token("politie.mnl"), null, parent(readTrace));
    assertEquals(200, read.statusCode(), read.body());

    String trace = trace();
    HttpResponse<byte[]> pdf = getBytes(DARIA, token("manager.gv"), parent(trace));
    assertEquals(200, pdf.statusCode(), new String(pdf.body()));
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
    Matcher file = ATTACHMENT.matcher(pdf.headers().firstValue("Content-Disposition").orElse(""));
    assertTrue(file.matches(), pdf.headers().map().toString());
    String pseudonym = file.group(1);

    String text = squeezed(text(pdf.body()));
    for (String expected :
        List.of("Daria Petrova", "MH-2026-001", "Dasha", "Politie Midden-Nederland")) {
      assertTrue(text.contains(squeezed(expected)), expected + " is not in the report: " + text);
    }

    List<String[]> readEvents = events(readTrace);
    assertTrue(
        readEvents.stream().anyMatch(e -> e[0].equals("READ") && pseudonym.equals(e[2])),
        "the police's read names her pseudonym, the one of the report's file name");
    List<String[]> exported = events(trace);
    assertEquals(1, exported.size(), "one event for the report: " + describe(exported));
    String[] export = exported.get(0);
    assertEquals("EXPORT", export[0]);
    assertEquals("PERMIT", export[1]);
    assertEquals(pseudonym, export[2]);
    assertTrue(export[3].contains("IDENTIFYING") && export[3].contains("JUSTICE"), export[3]);
    assertEquals("DATA_SUBJECT_ACCESS", export[4]);
    assertEquals("AVG art. 15", export[5]);
  }

  @Test
  void aCaseDirectorIsRefusedAndTheRefusalIsLogged() throws Exception {
    String trace = trace();
    HttpResponse<byte[]> refused = getBytes(DARIA, token("regisseur.gv"), parent(trace));
    assertEquals(403, refused.statusCode());
    assertTrue(new String(refused.body()).contains("NOT_ZVH_MANAGER"));
    List<String[]> logged = events(trace);
    assertEquals(1, logged.size(), describe(logged));
    assertEquals("DENY", logged.get(0)[0]);
    assertEquals("DENY", logged.get(0)[1]);
  }

  @Test
  void theOtherTenantsManagerDoesNotLearnSheExists() throws Exception {
    String missing = Api.get("/api/v1/tenants/zvh-gv/cases/999999", token("regisseur.gv")).body();
    HttpResponse<byte[]> unknown = getBytes(NOT_IN_FLEVOLAND, token("manager.flevo"), null);
    assertEquals(404, unknown.statusCode());
    assertEquals(missing, new String(unknown.body()), "a 404 like a missing case");
    assertEquals(404, getBytes(DARIA, token("manager.flevo"), null).statusCode());
  }

  private static HttpResponse<byte[]> getBytes(String path, String token, String traceparent)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Stack.url(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .GET();
    if (traceparent != null) {
      request.header("traceparent", traceparent);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The text of every page of a PDF, as OpenPDF's extractor reads it. */
  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }

  /** Without white space: a table cell may wrap a name over two lines. */
  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** action, decision, subject, categories, purpose, basis of each event of the trace. */
  private static List<String[]> events(String trace) throws SQLException {
    try (Connection db = database();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT action, decision, subject_ref, categories, purpose, legal_basis"
                    + " FROM audit_event WHERE trace_id = ? ORDER BY seq")) {
      s.setString(1, trace);
      List<String[]> events = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String[] event = new String[6];
          for (int i = 0; i < event.length; i++) {
            event[i] = r.getString(i + 1) == null ? "" : r.getString(i + 1);
          }
          events.add(event);
        }
      }
      return events;
    }
  }

  private static String describe(List<String[]> events) {
    return events.stream().map(e -> String.join("|", e)).toList().toString();
  }

  private static String trace() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  private static String parent(String trace) {
    return "00-" + trace + "-00f067aa0ba902b7-01";
  }
}
