package nl.casustafel.registry.report;

/**
 * The report's Dutch words for the values it shows, from the same bundle as its own texts ({@code
 * SubjectAccessText.properties}): whoever gathers a report names its values with these, so that the
 * document reads in one language whatever the server's locale.
 */
public final class ReportLabels {

  private ReportLabels() {}

  /**
   * The label of an enum value, by the key {@code <EnumSimpleName>.<NAME>} (e.g. {@code
   * CaseStatus.CLOSED} → "Gesloten").
   *
   * @throws java.util.MissingResourceException when the value has no label (a bug)
   */
  public static String of(Enum<?> value) {
    return ReportText.get(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  /**
   * Any other word of the report, by its key (e.g. {@code field.name} → "Naam").
   *
   * @throws java.util.MissingResourceException when the key is not in the bundle (a bug)
   */
  public static String text(String key) {
    return ReportText.get(key);
  }
}
