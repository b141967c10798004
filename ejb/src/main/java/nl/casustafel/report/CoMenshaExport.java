package nl.casustafel.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import nl.casustafel.audit.AuditCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the CoMensha export: one line per victim ({@link CoMenshaRow}) as CSV with semicolons (as
 * a Dutch spreadsheet reads it), UTF-8, under a Dutch header. Cells a spreadsheet would take for a
 * formula get a leading apostrophe (OWASP "CSV Injection", {@link AuditCsv#safe}).
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
            AuditCsv.safe(r.form()),
            AuditCsv.safe(r.sector().orElse("")),
            AuditCsv.safe(r.nationality().orElse("")),
            r.age().map(String::valueOf).orElse(""),
            AuditCsv.safe(r.sex().orElse("")),
            AuditCsv.safe(r.reportingPartner()),
            AuditCsv.safe(r.source()),
            AuditCsv.safe(r.victimStatus().orElse("")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
