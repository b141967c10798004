package nl.casustafel.report;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The age band a person is counted in, in whole years on a given day. The bands follow the
 * evaluation of 2019: under 18 (a minor: the crisis services for 18- take over), 18–20, 21–25 (sex
 * work is legal from 21; "a quarter of the advertisers aged 21–25"), 26–29 ("many younger than
 * 30"), 30–39, 40 and over. An exact age is not reported: with nationality and municipality it
 * would point at a person.
 */
public enum AgeBand {
  UNDER_18,
  AGE_18_20,
  AGE_21_25,
  AGE_26_29,
  AGE_30_39,
  AGE_40_PLUS,
  UNKNOWN;

  /**
   * The band of a person on a day.
   *
   * @param birth the date of birth, when known; it wins over the estimate
   * @param estimatedBirthYear the estimated year of birth (registered when the date is unknown);
   *     the person is then taken to be born on 1 July of that year, the middle of it
   * @param onDay the Amsterdam day on which the age counts (e.g. the day a case was opened)
   * @return the band; {@link #UNKNOWN} without a birth date or year, or when the person would be
   *     born after {@code onDay} (a typo in the registry)
   */
  public static AgeBand at(
      Optional<LocalDate> birth, Optional<Integer> estimatedBirthYear, LocalDate onDay) {
    Optional<LocalDate> born = birth.or(() -> estimatedBirthYear.map(y -> LocalDate.of(y, 7, 1)));
    if (born.isEmpty() || born.get().isAfter(onDay)) {
      return UNKNOWN;
    }
    return ofYears(java.time.Period.between(born.get(), onDay).getYears());
  }

  /** The band of an age in whole years (not negative). */
  static AgeBand ofYears(int years) {
    if (years < 18) {
      return UNDER_18;
    } else if (years <= 20) {
      return AGE_18_20;
    } else if (years <= 25) {
      return AGE_21_25;
    } else if (years <= 29) {
      return AGE_26_29;
    } else if (years <= 39) {
      return AGE_30_39;
    }
    return AGE_40_PLUS;
  }

  /** Whether everyone in the band is younger than 26 ("more than a quarter younger than 26"). */
  public boolean under26() {
    return this == UNDER_18 || this == AGE_18_20 || this == AGE_21_25;
  }
}
