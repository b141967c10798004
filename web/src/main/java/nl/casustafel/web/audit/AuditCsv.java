package nl.casustafel.web.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.audit.ChainedEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The log as CSV for a spreadsheet, safe against formula injection (OWASP "CSV Injection"): a cell
 * that a spreadsheet would take for a formula gets a leading apostrophe. That is a cell starting
 * with =, +, -, @, tab, CR or LF, also after leading spaces or invisible characters (some
 * spreadsheets skip them), and the full-width forms of = + - @ that some spreadsheets accept.
 */
public final class AuditCsv {

  /** Rows in one export; narrow the filter for more. */
  public static final int MAX_ROWS = 1000;

  /** Characters a spreadsheet may start a formula with: ASCII and full-width. */
  private static final String FORMULA_START = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

  private static final String[] HEADER = {
    "seq",
    "occurred_at",
    "actor",
    "partner",
    "roles",
    "on_behalf_of",
    "action",
    "case",
    "subject",
    "categories",
    "decision",
    "reason",
    "legal_basis",
    "purpose",
    "break_glass",
    "origin_ip",
    "trace_id"
  };

  private AuditCsv() {}

  public static String write(List<ChainedEvent> events) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
      for (ChainedEvent event : events) {
        AuditEntry e = event.entry();
        csv.printRecord(
            event.seq(),
            e.occurredAt(),
            safe(e.actorUsername()),
            safe(e.actorPartner()),
            safe(e.actorRoles()),
            safe(e.onBehalfOf()),
            e.action(),
            e.caseId(),
            safe(e.subjectRef()),
            safe(e.categories()),
            e.decision(),
            safe(e.reason()),
            safe(e.legalBasis()),
            safe(e.purpose()),
            e.breakGlass(),
            safe(e.originIp()),
            safe(e.traceId()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    if ("\t\r\n".indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    int first = 0;
    while (first < cell.length() && skipped(cell.charAt(first))) {
      first++;
    }
    boolean formula = first < cell.length() && FORMULA_START.indexOf(cell.charAt(first)) >= 0;
    return formula ? "'" + cell : cell;
  }

  /** Leading characters a spreadsheet may skip before it looks for a formula. */
  private static boolean skipped(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT
        || Character.isISOControl(c);
  }
}
