package nl.casustafel.bench.load;

import java.util.Arrays;

/**
 * What one variant of one journey did at one concurrency, over its measured rounds (warm-up
 * excluded).
 *
 * @param ok the successful requests (the expected status)
 * @param errors the requests that failed (another status, a timeout or a refused connection)
 * @param p50 median latency of the successful requests, milliseconds (NaN without any)
 * @param p95 95th percentile, milliseconds
 * @param p99 99th percentile, milliseconds
 * @param throughput successful requests per second over the measured time
 */
public record Measurement(
    long ok, long errors, double p50, double p95, double p99, double throughput) {

  /**
   * From the latencies of the successful requests (nanoseconds, any order) and the failures over
   * {@code seconds} of measured time.
   */
  public static Measurement of(long[] okNanos, long errors, double seconds) {
    long[] sorted = okNanos.clone();
    Arrays.sort(sorted);
    return new Measurement(
        sorted.length,
        errors,
        millis(percentile(sorted, 50)),
        millis(percentile(sorted, 95)),
        millis(percentile(sorted, 99)),
        sorted.length / seconds);
  }

  /**
   * The nearest-rank percentile of sorted values: the smallest value with at least {@code p}
   * percent of the values at or below it; -1 for no values.
   */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return -1;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  private static double millis(long nanos) {
    return nanos < 0 ? Double.NaN : nanos / 1_000_000.0;
  }
}
