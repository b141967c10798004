package nl.casustafel.registry.gcos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.casustafel.casefile.CaseStatus;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.casefile.ExploitationForm;

/**
 * The words GCOS writes in its coded columns, mapped to ours; compared without case and surrounding
 * spaces. A label not listed here is rejected, never guessed.
 */
final class GcosLabels<T> {

  static final GcosLabels<CaseType> CASE_TYPES =
      new GcosLabels<CaseType>()
          .with("Mensenhandel", CaseType.HUMAN_TRAFFICKING)
          .with("Top X", CaseType.TOP_X)
          .with("TOP-X", CaseType.TOP_X)
          .with("MDA++", CaseType.MDA_PLUS_PLUS)
          .with("Verward en gevaarlijk gedrag", CaseType.CONFUSED_AND_DANGEROUS)
          .with("Radicalisering", CaseType.RADICALISATION)
          .with("Re-integratie ex-gedetineerden", CaseType.EX_DETAINEE_REINTEGRATION);

  static final GcosLabels<ExploitationForm> EXPLOITATION_FORMS =
      new GcosLabels<ExploitationForm>()
          .with("Seksuele uitbuiting", ExploitationForm.SEXUAL)
          .with("Arbeidsuitbuiting", ExploitationForm.LABOUR)
          .with("Criminele uitbuiting", ExploitationForm.CRIMINAL)
          .with("Orgaanverwijdering", ExploitationForm.ORGAN_REMOVAL)
          .with("Gedwongen huwelijk", ExploitationForm.OTHER)
          .with("Overig", ExploitationForm.OTHER);

  /** Open and Lopend are both an open case in our model; Gesloten and Afgesloten closed. */
  static final GcosLabels<CaseStatus> STATUSES =
      new GcosLabels<CaseStatus>()
          .with("Open", CaseStatus.IN_CONFERENCE)
          .with("Lopend", CaseStatus.IN_CONFERENCE)
          .with("Gesloten", CaseStatus.CLOSED)
          .with("Afgesloten", CaseStatus.CLOSED);

  static final GcosLabels<Gender> GENDERS =
      new GcosLabels<Gender>()
          .with("M", Gender.MALE)
          .with("V", Gender.FEMALE)
          .with("X", Gender.X)
          .with("Onbekend", Gender.UNKNOWN);

  private final Map<String, T> byLabel = new LinkedHashMap<>();
  private final List<String> labels = new ArrayList<>();

  private GcosLabels<T> with(String label, T value) {
    byLabel.put(key(label), value);
    labels.add(label);
    return this;
  }

  Optional<T> find(String label) {
    return Optional.ofNullable(byLabel.get(key(label)));
  }

  /** The labels as GCOS writes them, for the message that lists what is allowed. */
  String allowed() {
    return String.join(", ", labels);
  }

  private static String key(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }
}
