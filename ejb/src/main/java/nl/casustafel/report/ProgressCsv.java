package nl.casustafel.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Function;
import nl.casustafel.audit.AuditCsv;
import nl.casustafel.report.suppression.Figure;
import nl.casustafel.report.suppression.Published;
import nl.casustafel.report.suppression.PublishedCell;
import nl.casustafel.report.suppression.PublishedGroup;
import nl.casustafel.report.suppression.PublishedTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a published progress report as CSV for a Dutch spreadsheet: ";" between fields (Excel in a
 * Dutch locale reads "," as the decimal comma), CRLF line ends, a byte order mark first so that
 * Excel reads UTF-8 ("beëindigd", "×"), and a header row {@code groep;tabel;code;omschrijving;
 * aantal}.
 *
 * <p>One row per cell, then one row per table with the code {@value #TOTAL_CODE} and the label of
 * {@code total} ("Totaal"). {@code aantal} is the figure as printed ({@link Figure#display()}:
 * "12", "&lt; 5", "×"), so what the CSV says is exactly what the PDF says. Every text field is made
 * safe against formula injection the way the audit export does it ({@link AuditCsv#safe}): a
 * municipality's name is typed by people.
 *
 * <p>Usage: {@code ProgressCsv.write(published, ProgressText.labels(locale), new
 * OutputStreamWriter(out, StandardCharsets.UTF_8));} — the writer must encode UTF-8.
 */
public final class ProgressCsv {

  /** The code of the total row of each table. */
  public static final String TOTAL_CODE = "TOTAL";

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setDelimiter(';')
          .setRecordSeparator("\r\n")
          .setHeader("groep", "tabel", "code", "omschrijving", "aantal")
          .get();

  private ProgressCsv() {}

  /**
   * Writes the report; the writer is flushed, not closed.
   *
   * @param published the figures, suppressed or not (the caller decides which may leave the ZVH)
   * @param labels the text of a key: {@code group.<groupKey>}, {@code table.<tableKey>}, {@code
   *     <tableKey>.<code>} and {@code total} (e.g. {@link ProgressText#labels}); null when there is
   *     none, and then the key or code itself is written (a municipality's name is its own label)
   * @param out where the CSV goes, a writer that encodes UTF-8
   * @throws IOException when the writer fails
   */
  public static void write(Published published, Function<String, String> labels, Writer out)
      throws IOException {
    Objects.requireNonNull(labels, "labels is required");
    out.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    for (PublishedGroup group : published.groups()) {
      String groupTitle = label(labels, "group." + group.key(), group.key());
      for (PublishedTable table : group.tables()) {
        String tableTitle = label(labels, "table." + table.key(), table.key());
        for (PublishedCell cell : table.cells()) {
          String description = label(labels, table.key() + "." + cell.code(), cell.code());
          row(printer, groupTitle, tableTitle, cell.code(), description, cell.figure());
        }
        String total = label(labels, "total", "Totaal");
        row(printer, groupTitle, tableTitle, TOTAL_CODE, total, group.total());
      }
    }
    printer.flush();
  }

  private static void row(
      CSVPrinter printer,
      String group,
      String table,
      String code,
      String description,
      Figure figure)
      throws IOException {
    printer.printRecord(
        AuditCsv.safe(group),
        AuditCsv.safe(table),
        AuditCsv.safe(code),
        AuditCsv.safe(description),
        figure.display());
  }

  private static String label(Function<String, String> labels, String key, String otherwise) {
    String label = labels.apply(key);
    return label == null ? otherwise : label;
  }
}
