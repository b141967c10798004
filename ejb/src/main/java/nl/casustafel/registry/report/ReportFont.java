package nl.casustafel.registry.report;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The type of the report: Liberation Sans (SIL Open Font License), which ships inside OpenPDF as
 * its fallback font, embedded as a subset with Unicode (Identity-H) encoding. It draws Latin with
 * all its accents (Latin-1, Latin Extended: "Zoë", "Łukasz", "Şükrü"), Greek, Cyrillic and Hebrew;
 * not Arabic, whose letters are printed as their Unicode numbers (see {@link PrintableText}).
 *
 * <p>Public so that the conference print-outs ({@code nl.casustafel.conference.print}) share the
 * house style.
 *
 * <p>Bold is drawn by OpenPDF (fill and stroke) from the regular face: only our own headings use
 * it.
 */
public enum ReportFont {
  TITLE(15, Font.BOLD),
  HEADING(12, Font.BOLD),
  BODY(9.5f, Font.NORMAL),
  CELL(8, Font.NORMAL),
  CELL_HEADER(8, Font.BOLD),
  FOOTER(8, Font.NORMAL);

  /** In OpenPDF's jar; OpenPDF itself loads it from there, with its class loader. */
  private static final String LIBERATION_SANS = "font-fallback/LiberationSans-Regular.ttf";

  private final float size;
  private final int style;

  ReportFont(float size, int style) {
    this.size = size;
    this.style = style;
  }

  /** The text as a phrase in this font, with what cannot be shown as its Unicode number. */
  public Phrase phrase(String text) {
    BaseFont base = Base.FONT;
    return new Phrase(PrintableText.of(text, base::charExists), new Font(base, size, style));
  }

  /** The font size in points. */
  public float size() {
    return size;
  }

  /** The one embedded font; {@link BaseFont} caches it, and one instance serves every document. */
  static BaseFont base() {
    return Base.FONT;
  }

  /** Loaded on first use (lazy holder), not when the enum is. */
  private static final class Base {
    static final BaseFont FONT = load();

    private static BaseFont load() {
      try {
        return BaseFont.createFont(LIBERATION_SANS, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      } catch (IOException e) {
        throw new UncheckedIOException("OpenPDF's Liberation Sans is missing", e);
      }
    }
  }
}
