package nl.casustafel.bench.load;

/**
 * The two variants of each journey: the API as it runs, and the bench-only baseline of the same
 * endpoints without the policy decision point and without the log write (served by Liberty only
 * with {@code CASUSTAFEL_BENCH_BASELINE=true} in demo mode; 404 otherwise).
 */
public enum Variant {
  AUDITED("/api/v1", "audited"),
  BASELINE("/api/v1/baseline", "baseline");

  private final String prefix;
  private final String label;

  Variant(String prefix, String label) {
    this.prefix = prefix;
    this.label = label;
  }

  /** The path prefix below the server's root URL, without a trailing slash. */
  public String prefix() {
    return prefix;
  }

  public String label() {
    return label;
  }
}
