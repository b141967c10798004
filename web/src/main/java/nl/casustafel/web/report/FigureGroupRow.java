package nl.casustafel.web.report;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.casustafel.report.ProgressText;
import nl.casustafel.report.suppression.Published;

/**
 * One group of a report on a page: its title, its total as published and its tables.
 *
 * @param key e.g. {@code situations}
 */
public record FigureGroupRow(String key, String title, String total, List<FigureTable> tables)
    implements Serializable {

  /** The groups of a report, labelled in {@code locale}; charts only when asked. */
  static List<FigureGroupRow> of(Published report, Locale locale, boolean charts) {
    return report.groups().stream()
        .map(
            g ->
                new FigureGroupRow(
                    g.key(),
                    orKey(ProgressText.label("group." + g.key(), locale), g.key()),
                    g.total().display(),
                    FigureTable.of(g, locale, charts)))
        .toList();
  }

  private static String orKey(String label, String key) {
    return label == null ? key : label;
  }

  public String getKey() {
    return key;
  }

  public String getTitle() {
    return title;
  }

  public String getTotal() {
    return total;
  }

  public List<FigureTable> getTables() {
    return tables;
  }
}
