package nl.casustafel.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.casustafel.report.suppression.Published;
import nl.casustafel.report.suppression.SmallCellSuppression;
import org.junit.jupiter.api.Test;

/** The PDF parsed back to text, with its whitespace folded to single spaces. */
class ProgressPdfTest {

  private static final String ZVH = "Zorg- en Veiligheidshuis Gooi en Vechtstreek";

  @Test
  void theSuppressedReportShowsItsFiguresTheRuleAndLessThanK() throws IOException {
    Published suppressed = new SmallCellSuppression(5).publish(Evaluation2019.region());

    String text =
        text(ProgressPdf.render(suppressed, ZVH, ProgressText.labels(ProgressText.DUTCH)));

    assertContains(text, "Voortgangsrapportage " + ZVH);
    assertContains(text, "Periode: 01-01-2019 tot en met 31-12-2019");
    assertContains(
        text, "Cellen onder 5 zijn onderdrukt (< 5); × = weggelaten om terugrekenen te voorkomen");
    assertContains(text, "Situaties naar uitbuitingsvorm");
    assertContains(text, "Omschrijving Aantal");
    assertRow(text, "Seksuele uitbuiting", "25");
    assertRow(text, "Arbeidsuitbuiting", "7");
    assertRow(text, "Criminele uitbuiting", "< 5");
    assertRow(text, "Totaal", "36");
    assertRow(text, "Risicovol", "178");
    assertRow(text, "Totaal", "433");
    assertRow(text, "Blaricum", "< 5");
    assertRow(text, "40 jaar en ouder", "×");
    assertContains(text, "pagina 1 van");
    assertFalse(text.contains("Gemeente:"), text);
  }

  @Test
  void theExactReportHasNoRuleAndShowsTheSmallFigures() throws IOException {
    ProgressFigures figures = Evaluation2019.region();
    Published exact =
        Published.exact(
            new ProgressFigures(
                new Period(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 12, 31)),
                Optional.of("Hilversum"),
                figures.groups()));

    String text = text(ProgressPdf.render(exact, ZVH, ProgressText.labels(ProgressText.DUTCH)));

    assertContains(text, "Periode: 01-03-2019 tot en met 31-12-2019");
    assertContains(text, "Gemeente: Hilversum");
    assertRow(text, "Criminele uitbuiting", "3");
    assertRow(text, "Overige uitbuiting (zoals gedwongen huwelijk)", "1");
    assertFalse(text.contains("onderdrukt"), text);
  }

  /** A row of a table: the extractor runs adjacent cells together, with or without a space. */
  private static void assertRow(String text, String description, String figure) {
    Pattern row =
        Pattern.compile(Pattern.quote(description) + " ?" + Pattern.quote(figure) + "( |$)");
    assertTrue(row.matcher(text).find(), "«" + description + " " + figure + "» not in: " + text);
  }

  private static void assertContains(String text, String part) {
    assertTrue(text.contains(part), "«" + part + "» not in: " + text);
  }

  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append(' ');
      }
      return text.toString().replaceAll("\\s+", " ");
    } finally {
      reader.close();
    }
  }
}
