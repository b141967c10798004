package nl.casustafel.registry.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.casustafel.registry.report.SubjectAccessReport.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access report as the person reads it: the PDF parsed back to text. Far from Amsterdam, so
 * that a time shown through the JVM's default zone fails.
 */
@ExtendWith(FarFromAmsterdam.class)
class SubjectAccessPdfTest {

  @Test
  void aLongDisclosureLogRunsOverPagesWithHeadingsNameAndAmsterdamTimes() throws IOException {
    List<String> pages = Reports.pages(Reports.render(Reports.zoe(300)));
    String all = String.join(" ", pages);

    assertTrue(pages.size() > 1, "pages: " + pages.size());
    assertContains(all, "Inzageverzoek betrokkene (AVG art. 15)");
    assertContains(all, "Gegevens die wij van u verwerken");
    assertContains(all, "Casussen");
    assertContains(all, "Overige registraties");
    assertContains(all, "Aan wie zijn uw gegevens verstrekt");
    assertContains(all, "Zoë Łukasz Kowalska");
    assertContains(all, "Opgesteld op: 01-12-2026 10:15"); // 09:15 UTC, CET +1
    // The extractor runs adjacent cells together: the first disclosure, 12:30 UTC in July (+2).
    assertContains(all, "15-07-2026 14:30Scharlaken Koordhulpverlener.sk");
    assertContains(all, "Casusoverleg mensenhandel geweigerd");
  }

  @Test
  void theDisclosureHeaderRowAndPageNumberAreOnEveryPage() throws IOException {
    List<String> pages = Reports.pages(Reports.render(Reports.zoe(300)));

    for (int page = 1; page < pages.size(); page++) {
      String text = pages.get(page);
      assertTrue(text.contains("Tijdstip Partner Functie"), "page " + (page + 1) + ": " + text);
    }
    for (int page = 0; page < pages.size(); page++) {
      assertTrue(pages.get(page).contains("pagina " + (page + 1) + " van"), pages.get(page));
    }
  }

  @Test
  void thePageTotalIsTheNumberOfPages() throws IOException {
    byte[] pdf = Reports.render(Reports.zoe(300));
    int pages = new PdfReader(pdf).getNumberOfPages();

    String last = Reports.pages(pdf).get(pages - 1);
    Matcher total = Pattern.compile("pagina (\\d+) van (\\d+)").matcher(last);
    assertTrue(total.find(), last);
    assertEquals(String.valueOf(pages), total.group(1));
    assertEquals(String.valueOf(pages), total.group(2));
  }

  @Test
  void anEmptyReportSaysGeenInEverySection() throws IOException {
    List<String> pages = Reports.pages(Reports.render(Reports.empty()));

    assertEquals(1, pages.size());
    assertEquals(4, count(pages.get(0), "Geen."), pages.get(0));
    assertFalse(pages.get(0).contains("Tijdstip"), "no table without rows: " + pages.get(0));
  }

  @Test
  void hostileNamesRenderWithTheirActingCharactersAsNumbers() throws IOException {
    String name =
        "Zoë Łukasz \u0645\u062D\u0645\u062F \u202Eevil.exe\u202C \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD";
    String all = String.join(" ", Reports.pages(Reports.render(Reports.hostile(name))));

    assertContains(all, "Zoë Łukasz");
    assertContains(all, "[U+0645][U+062D][U+0645][U+062F]");
    assertContains(all, "[U+202E]evil.exe[U+202C]");
    assertContains(all, "[U+1F600]");
    assertFalse(all.contains("\u202E"), all);
  }

  @Test
  void aTextLongerThanAPageRunsOnToTheNextPage() throws IOException {
    String text = "=HYPERLINK(\"http://x\") " + "overlong".repeat(4000) + " einde";
    SubjectAccessReport zoe = Reports.zoe(1);
    SubjectAccessReport report =
        new SubjectAccessReport(
            zoe.tenantName(),
            zoe.pseudonym(),
            zoe.generatedAt(),
            zoe.generatedBy(),
            zoe.personalData(),
            zoe.cases(),
            List.of(new Entry(LocalDate.of(2026, 2, 20), "Signaal", text)),
            zoe.disclosures());

    List<String> pages = Reports.pages(Reports.render(report));

    assertTrue(pages.size() > 1, "pages: " + pages.size());
    assertContains(String.join(" ", pages), "=HYPERLINK(\"http://x\")");
    assertContains(pages.get(pages.size() - 1), "einde");
  }

  @Test
  void theStreamIsLeftOpenForTheCaller() throws IOException {
    boolean[] closed = {false};
    OutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    SubjectAccessPdf.render(Reports.empty(), out);

    assertFalse(closed[0]);
  }

  @Test
  void theMetadataNameTheDocumentNotThePerson() throws IOException {
    PdfReader reader = new PdfReader(Reports.render(Reports.zoe(1)));
    Map<String, String> info = reader.getInfo();

    assertEquals("Inzageverzoek betrokkene (AVG art. 15)", info.get("Title"));
    assertNull(info.get("Author"), info.toString());
    assertFalse(info.toString().contains("P-2026-0042"), info.toString());
    assertFalse(info.toString().contains("manager.mnl"), info.toString());
    assertTrue(info.get("CreationDate").startsWith("D:20261201101500+01'00"), info.toString());
  }

  /** Says what was missing without printing a dozen pages. */
  private static void assertContains(String text, String part) {
    assertTrue(
        text.contains(part), () -> "missing \"" + part + "\" in " + text.length() + " chars");
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
