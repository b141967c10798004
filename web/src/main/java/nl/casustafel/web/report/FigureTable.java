package nl.casustafel.web.report;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.casustafel.report.ProgressText;
import nl.casustafel.report.suppression.Figure;
import nl.casustafel.report.suppression.PublishedGroup;
import nl.casustafel.report.suppression.PublishedTable;
import nl.casustafel.web.casefile.Texts;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.dataset.BarDataset;

/**
 * One table of a report as a page shows it: its title, its cells (label and shown figure) and, for
 * exact figures, a bar chart (a Chart.js configuration for PrimeFaces' {@code p:chart}).
 *
 * @param key e.g. {@code situations.form}
 */
public record FigureTable(String key, String title, List<Cell> cells, String total, String chart)
    implements Serializable {

  /**
   * One cell.
   *
   * @param shown the figure as published: "25", "&lt; 5" or "×"
   */
  public record Cell(String code, String label, String shown) implements Serializable {
    public String getCode() {
      return code;
    }

    public String getLabel() {
      return label;
    }

    public String getShown() {
      return shown;
    }
  }

  /** The tables of a published group, labelled in {@code locale}; charts only when exact. */
  static List<FigureTable> of(PublishedGroup group, Locale locale, boolean charts) {
    return group.tables().stream().map(t -> of(t, group.total(), locale, charts)).toList();
  }

  private static FigureTable of(PublishedTable table, Figure total, Locale locale, boolean charts) {
    List<Cell> cells =
        table.cells().stream()
            .map(
                c -> new Cell(c.code(), label(table.key(), c.code(), locale), c.figure().display()))
            .toList();
    String title = text("table." + table.key(), locale);
    return new FigureTable(
        table.key(), title, cells, total.display(), charts ? chart(table, title, cells) : null);
  }

  private static String chart(PublishedTable table, String title, List<Cell> cells) {
    BarDataset counts =
        new BarDataset()
            .setLabel(title)
            .setData(
                table.cells().stream()
                    .map(c -> c.figure() instanceof Figure.Exact e ? e.value() : 0L)
                    .map(Number.class::cast)
                    .toList());
    return new BarChart()
        .setData(
            new BarData().setLabels(cells.stream().map(Cell::label).toList()).addDataset(counts))
        .toJson();
  }

  static String label(String table, String code, Locale locale) {
    if ("UNKNOWN".equals(code)) {
      return Texts.get("report.unknown");
    }
    String label = ProgressText.label(table + "." + code, locale);
    return label == null ? code : label; // a municipality is its own name
  }

  private static String text(String key, Locale locale) {
    String text = ProgressText.label(key, locale);
    return text == null ? key : text;
  }

  public String getKey() {
    return key;
  }

  public String getTitle() {
    return title;
  }

  public List<Cell> getCells() {
    return cells;
  }

  public String getTotal() {
    return total;
  }

  public String getChart() {
    return chart;
  }
}
