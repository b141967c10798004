package nl.casustafel.audit;

import java.util.List;

/**
 * The log as CSV for a spreadsheet, safe against formula injection (OWASP "CSV Injection"): a cell
 * that a spreadsheet would take for a formula gets a leading apostrophe. That is a cell starting
 * with =, +, -, @, tab, CR or LF, also after leading spaces or invisible characters (some
 * spreadsheets skip them), and the full-width forms of = + - @ that some spreadsheets accept. The
 * columns are those of {@link AuditRecord}, the one projection the API and the screen show too;
 * {@code occurred_at} is the UTC instant (ISO-8601), which a spreadsheet sorts as text.
 */
public final class AuditCsv {

  /** Rows in one export; narrow the filter for more. */
  public static final int MAX_ROWS = 1000;

  /** Characters a spreadsheet may start a formula with: ASCII and full-width. */
  private static final String FORMULA_START = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

  private static final Object[] HEADER = {
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

  /**
   * The events, in the order given, as RFC 4180 CSV (CRLF line ends; sent as UTF-8) under a header
   * row. Written here rather than with a CSV library: the EAR then needs no library (and none of
   * its dependencies' versions) for the export.
   */
  public static String write(List<ChainedEvent> events) {
    StringBuilder csv = new StringBuilder(256 * (events.size() + 1));
    line(csv, HEADER);
    for (ChainedEvent event : events) {
      line(csv, cells(AuditRecord.of(event)));
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, Object[] cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(cells[i]));
    }
    csv.append("\r\n");
  }

  /**
   * One field (RFC 4180): empty for null; in double quotes, with quotes doubled, when it holds a
   * comma, quote, CR or LF, or starts or ends with whitespace (which a reader might trim).
   */
  static String field(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    boolean quoted =
        !text.isEmpty()
            && (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')
                || text.charAt(0) <= ' '
                || text.charAt(text.length() - 1) <= ' ');
    return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private static Object[] cells(AuditRecord r) {
    return new Object[] {
      r.seq(),
      r.occurredAt(),
      safe(r.actor()),
      safe(r.partner()),
      safe(r.roles()),
      safe(r.onBehalfOf()),
      r.action(),
      r.caseId(),
      safe(r.subject()),
      safe(r.categories()),
      r.decision(),
      safe(r.reason()),
      safe(r.legalBasis()),
      safe(r.purpose()),
      r.breakGlass(),
      safe(r.originIp()),
      safe(r.traceId())
    };
  }

  /**
   * A text cell made safe for a spreadsheet (see the class comment): with a leading apostrophe when
   * a spreadsheet would take it for a formula, otherwise as it is; null stays null. Public so that
   * every CSV export of the application uses this one rule ({@code
   * nl.casustafel.report.ProgressCsv}).
   */
  public static String safe(String cell) {
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
