package nl.casustafel.registry.gcos;

import java.util.List;

/** The cells of one line by column, with the checks every coded column shares. */
final class Cells {

  private final List<String> cells;

  Cells(List<String> cells) {
    this.cells = cells;
  }

  /**
   * A text cell without the spaces around it. Only spaces: a leading tab or line break is kept, as
   * is a leading {@code =}, {@code +}, {@code -} or {@code @} — the value is text, never a formula.
   */
  String text(GcosColumns column) {
    String value = cells.get(column.ordinal());
    int start = 0;
    int end = value.length();
    while (start < end && value.charAt(start) == ' ') {
      start++;
    }
    while (end > start && value.charAt(end - 1) == ' ') {
      end--;
    }
    return value.substring(start, end);
  }

  /** A coded cell (number, date, label) without any white space around it. */
  String code(GcosColumns column) {
    return cells.get(column.ordinal()).strip();
  }

  <T> T required(GcosColumns column, GcosLabels<T> labels, List<String> reasons) {
    if (code(column).isEmpty()) {
      reasons.add(String.format(ImportText.REQUIRED, column.label()));
      return null;
    }
    return optional(column, labels, reasons);
  }

  /** The value of a coded cell, null when empty; an unknown label adds a reason. */
  <T> T optional(GcosColumns column, GcosLabels<T> labels, List<String> reasons) {
    String value = code(column);
    if (value.isEmpty()) {
      return null;
    }
    T found = labels.find(value).orElse(null);
    if (found == null) {
      reasons.add(
          String.format(
              ImportText.UNKNOWN_VALUE, column.label(), shorten(value), labels.allowed()));
    }
    return found;
  }

  /** A wrong label is echoed to help find it, but never at length. */
  private static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
