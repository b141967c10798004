package nl.casustafel.policy;

import java.util.Optional;
import java.util.function.Supplier;
import nl.casustafel.covenant.ArticleRef;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;

/**
 * The benchmark's baseline (issue #14): the answers a request gets when it is served without the
 * decision point, so that {@code ./casustafel bench} can measure what the decision point and the
 * log write cost on the same endpoints. Reached only through {@code
 * nl.casustafel.shared.BaselineRequest}, which exists only with {@code
 * CASUSTAFEL_BENCH_BASELINE=true} in demo mode; a start outside demo mode with the switch on is
 * refused.
 */
public final class Unchecked {

  private static final ArticleRef BASIS = new ArticleRef("baseline");

  private Unchecked() {}

  /** A permit on the baseline's pseudo-article. */
  public static Decision permit() {
    return new Decision.Permit(BASIS);
  }

  /** The data, disclosed without a decision. */
  public static <T> Outcome<T> disclose(DataCategory category, Supplier<T> data) {
    return new Outcome<>(category, permit(), Optional.of(new Disclosed<>(data.get(), BASIS)));
  }
}
