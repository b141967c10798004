package nl.casustafel.conference.print;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The print-outs' own words, from {@code ConferencePrintText.properties} (Dutch). Every text is a
 * {@link MessageFormat} pattern (an apostrophe is written twice). The JVM's default locale plays no
 * part.
 */
final class PrintText {

  static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle(
          "nl.casustafel.conference.print.ConferencePrintText",
          DUTCH,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private PrintText() {}

  /**
   * The text of a key with its arguments filled in.
   *
   * @throws java.util.MissingResourceException when the key is not in the bundle (a bug)
   */
  static String get(String key, Object... arguments) {
    return new MessageFormat(BUNDLE.getString(key), DUTCH).format(arguments);
  }

  /** The column headers of a table: its {@code columns} key split on "|". */
  static String[] columns(String table) {
    return get(table + ".columns").split("\\|");
  }
}
