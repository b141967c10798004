package nl.casustafel.report;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * One victim as the CoMensha export lists them (issue #13, part 6): what CoMensha registers —
 * exploitation form and sector, origin, age, sex, the reporting partner, the victim status — and
 * nothing that identifies the person directly: no name, no date of birth, no BSN, no case
 * reference, no address. Numbered within one export only.
 *
 * @param year the Amsterdam year the case was opened
 * @param age whole years at the opening of the case; empty when unknown
 */
public record CoMenshaRow(
    int number,
    int year,
    String form,
    Optional<String> sector,
    Optional<String> nationality,
    Optional<Integer> age,
    Optional<String> sex,
    String reportingPartner,
    String source,
    Optional<String> victimStatus) {

  /** The row of a {@link ProgressQueries#coMensha()} result, numbered {@code number}. */
  static CoMenshaRow of(int number, Object[] r) {
    java.time.LocalDate opened = ProgressQueries.amsterdamDay(r[6]);
    return new CoMenshaRow(
        number,
        opened.getYear(),
        r[0] == null ? "UNKNOWN" : r[0].toString(),
        text(r[1]),
        text(r[2]),
        ageOn(
            ProgressQueries.day(r[3]),
            Optional.ofNullable(r[4]).map(y -> ((Number) y).intValue()),
            opened),
        Optional.of(ProgressCount.gender(r[5])).filter(g -> !g.equals("ONBEKEND")),
        r[7] == null ? "" : r[7].toString(),
        r[8] == null ? "UNKNOWN" : r[8].toString(),
        text(r[9]));
  }

  private static Optional<String> text(Object value) {
    return Optional.ofNullable(value).map(Object::toString).filter(s -> !s.isBlank());
  }

  /**
   * The age in whole years on {@code day}, from a birth date or else an estimated birth year
   * (counted from 1 July); empty when neither is known or the person would be born after the day (a
   * typo in the registry, as {@link AgeBand#at} counts it: less than a year ahead would otherwise
   * give 0).
   */
  public static Optional<Integer> ageOn(
      Optional<LocalDate> birth, Optional<Integer> estimatedYear, LocalDate day) {
    Optional<LocalDate> born = birth.or(() -> estimatedYear.map(y -> LocalDate.of(y, 7, 1)));
    return born.filter(b -> !b.isAfter(day)).map(b -> Period.between(b, day).getYears());
  }
}
