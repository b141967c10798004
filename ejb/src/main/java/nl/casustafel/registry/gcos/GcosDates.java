package nl.casustafel.registry.gcos;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Dates as GCOS writes them: {@code dd-mm-jjjj} (a day or month of one digit also, as a spreadsheet
 * may write it), real calendar dates only (no 31-02), and not after the day of the import.
 */
final class GcosDates {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** Earlier years are typing errors (0202 for 2020), not dates of GCOS's time. */
  private static final int EARLIEST_YEAR = 1900;

  private final LocalDate today;

  /**
   * @param today the date in Amsterdam on which the import runs
   */
  GcosDates(LocalDate today) {
    this.today = today;
  }

  LocalDate required(Cells cells, GcosColumns column, List<String> reasons) {
    if (cells.code(column).isEmpty()) {
      reasons.add(String.format(ImportText.REQUIRED, column.label()));
      return null;
    }
    return optional(cells, column, reasons);
  }

  /** The date, or null when the cell is empty or wrong (then with a reason added). */
  LocalDate optional(Cells cells, GcosColumns column, List<String> reasons) {
    String text = cells.code(column);
    if (text.isEmpty()) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text, FORMAT);
    } catch (DateTimeParseException e) {
      reasons.add(String.format(ImportText.BAD_DATE, column.label()));
      return null;
    }
    if (date.getYear() < EARLIEST_YEAR) {
      reasons.add(String.format(ImportText.BAD_DATE, column.label()));
      return null;
    }
    if (date.isAfter(today)) {
      reasons.add(String.format(ImportText.FUTURE_DATE, column.label()));
      return null;
    }
    return date;
  }
}
