package nl.casustafel.bench.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much {@code ./casustafel generate} makes. The targets are totals per tenant (the demo's rows
 * count towards them): cases in the tenant, and events in its data-sharing log (the chain's
 * length). Source of the national figures: issue #14 (≈ 30 ZVHs × 2,200 registrations a year × 10
 * years ≈ 700k cases; ≈ 10M log events).
 */
public enum Scale {
  /** The demo tenant zvh-gv up to 1,000 cases, ≈ 100 events per case. */
  SMALL,
  /** zvh-gv up to 23,000 cases (one ZVH's ten years), ≈ 100 events per case. */
  REGION,
  /** REGION plus 29 generated tenants: ≈ 700,000 cases and ≈ 10,000,000 events in total. */
  NATIONAL;

  /** The demo tenant the smaller scales fill. */
  public static final String DEMO_TENANT = "zvh-gv";

  static final int EVENTS_PER_CASE = 100;
  static final int REGION_CASES = 23_000;
  static final int BENCH_TENANTS = 29;
  static final long NATIONAL_CASES = 700_000;
  static final long NATIONAL_EVENTS = 10_000_000;

  /** What one tenant is filled up to. */
  public record TenantPlan(TenantShape tenant, long cases, long events) {}

  /** The tenants this scale fills, the demo tenant first. */
  public List<TenantPlan> plans() {
    List<TenantPlan> plans = new ArrayList<>();
    int demoCases = this == SMALL ? 1_000 : REGION_CASES;
    plans.add(new TenantPlan(TenantShape.demo(), demoCases, (long) demoCases * EVENTS_PER_CASE));
    if (this == NATIONAL) {
      long cases = ceilDiv(NATIONAL_CASES - REGION_CASES, BENCH_TENANTS);
      long events = ceilDiv(NATIONAL_EVENTS - (long) REGION_CASES * EVENTS_PER_CASE, BENCH_TENANTS);
      for (int n = 1; n <= BENCH_TENANTS; n++) {
        plans.add(new TenantPlan(TenantShape.bench(n), cases, events));
      }
    }
    return plans;
  }

  /** The scale named on the command line ({@code small}, {@code region}, {@code national}). */
  public static Scale parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--scale must be small, region or national, not '" + name + "'", e);
    }
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
