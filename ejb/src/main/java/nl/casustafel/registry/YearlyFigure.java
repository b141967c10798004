package nl.casustafel.registry;

import java.util.Objects;
import nl.casustafel.casefile.CaseType;

/**
 * One yearly figure: how many cases of a type and exploitation form were opened in an Amsterdam
 * calendar year. Not personal data.
 *
 * @param form the exploitation form's name, or {@link #NO_FORM}
 */
public record YearlyFigure(int year, CaseType type, String form, long cases) {

  /** The form of a case without an exploitation form (not every case type has one). */
  public static final String NO_FORM = "NONE";

  public YearlyFigure {
    Objects.requireNonNull(type, "type is required.");
    Objects.requireNonNull(form, "form is required.");
    if (cases < 0) {
      throw new IllegalArgumentException("cases must be 0 or more, not " + cases);
    }
  }

  /** The year, type and form this figure counts. */
  public Key key() {
    return new Key(year, type, form);
  }

  /** What a figure counts: a year of opening, a case type, an exploitation form. */
  public record Key(int year, CaseType type, String form) implements Comparable<Key> {

    /** The key a case is counted under: its Amsterdam year of opening, type and form. */
    public static Key of(RetainedCase kase) {
      return new Key(
          nl.casustafel.shared.AmsterdamTime.dayOf(kase.openedAt()).getYear(),
          kase.type(),
          kase.form().map(Enum::name).orElse(NO_FORM));
    }

    @Override
    public int compareTo(Key other) {
      int byYear = Integer.compare(year, other.year);
      if (byYear != 0) {
        return byYear;
      }
      int byType = type.compareTo(other.type);
      return byType != 0 ? byType : form.compareTo(other.form);
    }
  }
}
