package nl.casustafel.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The words of the progress report, from {@code ProgressText.properties} (Dutch, the default) and
 * {@code ProgressText_en.properties}: titles ({@code group.situations}, {@code
 * table.situations.form}), cell labels by {@code <tableKey>.<code>} ({@code
 * situations.form.SEXUAL}, {@code victims.age.AGE_21_25}), {@code total}, and the PDF's own
 * sentences ({@code pdf.*}). The page, the PDF and the CSV share them. The JVM's default locale
 * plays no part: a locale without its own file reads Dutch.
 */
public final class ProgressText {

  /** The report's language unless a reader asks for another. */
  public static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static final String BUNDLE = "nl.casustafel.report.ProgressText";

  private ProgressText() {}

  /**
   * The text of a key in a language.
   *
   * @param key e.g. {@code situations.form.SEXUAL}
   * @param locale the reader's language; English or Dutch (anything else reads Dutch)
   * @return the text, or null when the bundle has no such key (a municipality's name, which is its
   *     own label)
   */
  public static String label(String key, Locale locale) {
    ResourceBundle bundle = bundle(locale);
    return bundle.containsKey(key) ? bundle.getString(key) : null;
  }

  /** {@link #label} as a function, for {@link ProgressCsv} and {@link ProgressPdf}. */
  public static Function<String, String> labels(Locale locale) {
    ResourceBundle bundle = bundle(locale);
    return key -> bundle.containsKey(key) ? bundle.getString(key) : null;
  }

  /**
   * A sentence of the report in Dutch, its {0}, {1} … filled in with the arguments as text.
   *
   * @throws java.util.MissingResourceException when the key is not in the bundle (a bug)
   */
  static String dutch(String key, Object... arguments) {
    String pattern = bundle(DUTCH).getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, DUTCH).format(arguments);
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
