package nl.casustafel.bench.generate;

import java.util.SplittableRandom;

/**
 * The random source of one batch: a function of the seed, the tenant, the kind of batch and its
 * index alone, so that a batch holds the same rows whatever ran before it (and a rerun can resume
 * at any batch). String.hashCode is specified by the Java language, so the same on every JVM.
 */
final class Seeds {

  static final int CASES = 1;
  static final int EVENTS = 2;

  private Seeds() {}

  static SplittableRandom of(long seed, String tenant, int kind, long batch) {
    long h = seed;
    h = h * 0x9E3779B97F4A7C15L + tenant.hashCode();
    h = h * 0x9E3779B97F4A7C15L + kind;
    h = h * 0x9E3779B97F4A7C15L + batch;
    return new SplittableRandom(h);
  }

  /** One of the values, uniformly. */
  static <T> T pick(SplittableRandom r, java.util.List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
