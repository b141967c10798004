package nl.casustafel.registry.report;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * A table of the report: full width, a header row that is repeated at the top of every page the
 * table runs onto, and cells of plain text (no links, no formulas: a PDF has none unless we add
 * them, and we add none).
 */
public final class ReportTable {

  private static final Color HEADER_BACKGROUND = new Color(0xE6, 0xE6, 0xE6);
  private static final float PADDING = 3;

  private final PdfPTable table;

  /**
   * A table with these headers.
   *
   * @param headers the column headers, one per column
   * @param widths the relative column widths, one per column
   */
  public ReportTable(String[] headers, float[] widths) {
    if (headers.length != widths.length) {
      throw new IllegalArgumentException(headers.length + " headers, " + widths.length + " widths");
    }
    table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setHeaderRows(1);
    for (String header : headers) {
      PdfPCell cell = cell(header, ReportFont.CELL_HEADER);
      cell.setBackgroundColor(HEADER_BACKGROUND);
      table.addCell(cell);
    }
  }

  /** Adds a row; one value per column, shown as {@link PrintableText}. */
  public ReportTable row(String... values) {
    if (values.length != table.getNumberOfColumns()) {
      throw new IllegalArgumentException(
          values.length + " values for " + table.getNumberOfColumns() + " columns");
    }
    for (String value : values) {
      table.addCell(cell(value, ReportFont.CELL));
    }
    return this;
  }

  /** The table, to add to the document. */
  public PdfPTable table() {
    return table;
  }

  /**
   * A cell laid out left to right as a paragraph of its own: right-to-left script in it (Hebrew)
   * reads right to left, and nothing in one cell can reorder another.
   */
  private static PdfPCell cell(String text, ReportFont font) {
    PdfPCell cell = new PdfPCell(font.phrase(text));
    cell.setPadding(PADDING);
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
    return cell;
  }
}
