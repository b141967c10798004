package nl.casustafel.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The targets of issue #14 for one journey at one concurrency, judged on the audited and baseline
 * figures of the same run: the audited case-file read keeps ≥ 0.8× the baseline's throughput and a
 * p95 ≤ 1.3× the baseline's at 10 and 50 connections; at 50 connections audited reads have a p95 ≤
 * 100 ms, saves ≤ 250 ms, and no request fails.
 */
public final class Targets {

  public static final double MIN_THROUGHPUT_RATIO = 0.8;
  public static final double MAX_P95_RATIO = 1.3;
  public static final double MAX_READ_P95_MS = 100;
  public static final double MAX_SAVE_P95_MS = 250;

  /** The judgement: no targets apply, or the targets met and missed (in words). */
  public record Verdict(List<String> checked, List<String> missed) {
    public boolean applies() {
      return !checked.isEmpty();
    }

    public boolean pass() {
      return missed.isEmpty();
    }

    /** PASS, MISS (with what missed) or a dash. */
    public String text() {
      if (!applies()) {
        return "—";
      }
      return pass() ? "PASS" : "MISS: " + String.join("; ", missed);
    }
  }

  private Targets() {}

  public static double throughputRatio(Measurement audited, Measurement baseline) {
    return audited.throughput() / baseline.throughput();
  }

  public static double p95Ratio(Measurement audited, Measurement baseline) {
    return audited.p95() / baseline.p95();
  }

  public static Verdict judge(
      Journey journey, int users, Measurement audited, Measurement baseline) {
    List<String> checked = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    if (journey.ratioTarget() && baseline != null && (users == 10 || users == 50)) {
      double t = throughputRatio(audited, baseline);
      check(checked, missed, t >= MIN_THROUGHPUT_RATIO, "throughput " + ratio(t) + " < 0.8×");
      double p = p95Ratio(audited, baseline);
      check(checked, missed, p <= MAX_P95_RATIO, "p95 " + ratio(p) + " > 1.3×");
    }
    if (users == 50) {
      double limit = journey.kind() == Journey.Kind.SAVE ? MAX_SAVE_P95_MS : MAX_READ_P95_MS;
      check(
          checked,
          missed,
          audited.p95() <= limit,
          "p95 " + Report.ms(audited.p95()) + " ms > " + Report.ms(limit) + " ms");
      check(checked, missed, audited.errors() == 0, audited.errors() + " errors");
    }
    return new Verdict(List.copyOf(checked), List.copyOf(missed));
  }

  /** A NaN (no successful request) never passes. */
  private static void check(List<String> checked, List<String> missed, boolean ok, String miss) {
    checked.add(miss);
    if (!ok) {
      missed.add(miss);
    }
  }

  private static String ratio(double r) {
    return Double.isNaN(r) ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f×", r);
  }
}
