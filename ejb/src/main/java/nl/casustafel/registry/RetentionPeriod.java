package nl.casustafel.registry;

/**
 * How long a covenant keeps a closed case and its person's data: whole years after the case was
 * closed. The covenant's partners agree on it; the AVG (GDPR) art. 5(1)(e), storage limitation,
 * demands that there is one.
 *
 * @param yearsAfterClosure whole years, 0 to 100
 */
public record RetentionPeriod(int yearsAfterClosure) {

  public RetentionPeriod {
    if (yearsAfterClosure < 0 || yearsAfterClosure > 100) {
      throw new IllegalArgumentException(
          "A retention period must be 0 to 100 years after closure, not " + yearsAfterClosure);
    }
  }
}
