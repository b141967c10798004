package nl.casustafel.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the CoMensha export: one line per victim ({@link CoMenshaRow}) as CSV with semicolons (as
 * a Dutch spreadsheet reads it), UTF-8, under a Dutch header. Cells a spreadsheet would take for a
 * formula get a leading apostrophe (OWASP "CSV Injection").
 */
public final class CoMenshaExport {

  static final String[] HEADER = {
    "volgnummer",
    "jaar",
    "uitbuitingsvorm",
    "sector",
    "nationaliteit",
    "leeftijd",
    "geslacht",
    "melder",
    "bron",
    "slachtofferstatus"
  };

  /**
   * Writes the rows.
   *
   * @throws UncheckedIOException when the writer fails
   */
  public void write(List<CoMenshaRow> rows, Writer out) {
    try (CSVPrinter csv =
        CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(HEADER).get().print(out)) {
      for (CoMenshaRow r : rows) {
        csv.printRecord(
            r.number(),
            r.year(),
            SafeCell.of(r.form()),
            SafeCell.of(r.sector().orElse("")),
            SafeCell.of(r.nationality().orElse("")),
            r.age().map(String::valueOf).orElse(""),
            SafeCell.of(r.sex().orElse("")),
            SafeCell.of(r.reportingPartner()),
            SafeCell.of(r.source()),
            SafeCell.of(r.victimStatus().orElse("")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
