package nl.casustafel.registry;

/**
 * How long a covenant keeps a closed case and its person's data: whole calendar months after the
 * case was closed (the covenant's {@code retention_months}; seven years are 84 months). The
 * covenant's partners agree on it; the AVG (GDPR) art. 5(1)(e), storage limitation, demands that
 * there is one.
 *
 * @param monthsAfterClosure whole months, 0 to 1200 (100 years)
 */
public record RetentionPeriod(int monthsAfterClosure) {

  /** 100 years. */
  public static final int MAX_MONTHS = 1200;

  public RetentionPeriod {
    if (monthsAfterClosure < 0 || monthsAfterClosure > MAX_MONTHS) {
      throw new IllegalArgumentException(
          "A retention period must be 0 to "
              + MAX_MONTHS
              + " months after closure, not "
              + monthsAfterClosure);
    }
  }

  /** A period of whole years, 0 to 100. */
  public static RetentionPeriod ofYears(int years) {
    if (years < 0 || years > MAX_MONTHS / 12) {
      throw new IllegalArgumentException(
          "A retention period must be 0 to 100 years after closure, not " + years);
    }
    return new RetentionPeriod(years * 12);
  }

  /** A period of whole months, 0 to 1200: the covenant's {@code retention_months}. */
  public static RetentionPeriod ofMonths(int months) {
    return new RetentionPeriod(months);
  }
}
