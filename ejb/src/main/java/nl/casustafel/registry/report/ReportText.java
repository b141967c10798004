package nl.casustafel.registry.report;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's own words, from {@code SubjectAccessText.properties} (Dutch). The JVM's default
 * locale plays no part: a server that runs in English still prints a Dutch report.
 */
final class ReportText {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle(
          "nl.casustafel.registry.report.SubjectAccessText",
          Locale.forLanguageTag("nl"),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private ReportText() {}

  /**
   * The text of a key.
   *
   * @throws java.util.MissingResourceException when the key is not in the bundle (a bug)
   */
  static String get(String key) {
    return BUNDLE.getString(key);
  }

  /** The column headers of a section's table: its {@code columns} key split on "|". */
  static String[] columns(String section) {
    return get(section + ".columns").split("\\|");
  }
}
