package nl.casustafel.report;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import java.util.function.Function;
import nl.casustafel.registry.report.ReportFont;
import nl.casustafel.registry.report.ReportTable;
import nl.casustafel.report.suppression.Published;
import nl.casustafel.report.suppression.PublishedCell;
import nl.casustafel.report.suppression.PublishedGroup;
import nl.casustafel.report.suppression.PublishedTable;
import nl.casustafel.shared.AmsterdamTime;

/** The content of the progress report's PDF, top to bottom. */
final class ProgressSections {

  private static final float[] WIDTHS = {5, 1};

  private final Document document;
  private final Function<String, String> labels;

  ProgressSections(Document document, Function<String, String> labels) {
    this.document = document;
    this.labels = labels;
  }

  void addAll(Published published, String tenantName) {
    add(ProgressText.dutch("pdf.title", tenantName), ReportFont.TITLE, 0);
    String from = AmsterdamTime.DATE.format(published.period().from());
    String to = AmsterdamTime.DATE.format(published.period().to());
    add(ProgressText.dutch("pdf.period", from, to), ReportFont.BODY, 6);
    published
        .municipality()
        .ifPresent(m -> add(ProgressText.dutch("pdf.municipality", m), ReportFont.BODY, 2));
    if (published.suppressed()) {
      String k = String.valueOf(published.k());
      add(ProgressText.dutch("pdf.suppression", k), ReportFont.BODY, 6);
    }
    published.groups().forEach(this::group);
  }

  private void group(PublishedGroup group) {
    add(label("group." + group.key(), group.key()), ReportFont.HEADING, 16);
    for (PublishedTable table : group.tables()) {
      add(label("table." + table.key(), table.key()), ReportFont.BODY, 10);
      ReportTable rows = new ReportTable(ProgressText.dutch("pdf.columns").split("\\|"), WIDTHS);
      for (PublishedCell cell : table.cells()) {
        rows.row(label(table.key() + "." + cell.code(), cell.code()), cell.figure().display());
      }
      rows.row(label("total", "Totaal"), group.total().display());
      document.add(rows.table());
    }
  }

  private String label(String key, String otherwise) {
    String label = labels.apply(key);
    return label == null ? otherwise : label;
  }

  private void add(String text, ReportFont font, float spacingBefore) {
    Paragraph paragraph = new Paragraph(font.phrase(text));
    paragraph.setLeading(font.size() * 1.3f);
    paragraph.setSpacingBefore(spacingBefore);
    document.add(paragraph);
  }
}
