package nl.casustafel.policy;

import java.util.Optional;
import java.util.function.Supplier;
import nl.casustafel.covenant.ArticleRef;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;
import nl.casustafel.shared.BaselineRequest;

/**
 * The benchmark's baseline (issue #14): the answers a request gets when it is served without the
 * decision point, so that {@code ./casustafel bench} can measure what the decision point and the
 * log write cost on the same endpoints. Only a request that {@link BaselineRequest} marks as the
 * baseline gets one: that needs {@code CASUSTAFEL_BENCH_BASELINE=true} in demo mode, and a start
 * outside demo mode with the switch on is refused ({@code DemoModeGuard}). Every other request's
 * {@link Disclosed} comes from {@link PolicyDecisionPoint}.
 */
public final class Unchecked {

  private static final ArticleRef BASIS = new ArticleRef("baseline");
  private static final Unchecked BASELINE = new Unchecked();

  private Unchecked() {}

  /**
   * The baseline's answers for this request.
   *
   * @throws IllegalStateException unless the request is the benchmark's baseline
   */
  public static Unchecked of(BaselineRequest request) {
    if (!request.active()) {
      throw new IllegalStateException("Not the benchmark's baseline: the decision point decides");
    }
    return BASELINE;
  }

  /** A permit on the baseline's pseudo-article. */
  public Decision permit() {
    return new Decision.Permit(BASIS);
  }

  /** The data, disclosed without a decision. */
  public <T> Outcome<T> disclose(DataCategory category, Supplier<T> data) {
    return new Outcome<>(category, permit(), Optional.of(new Disclosed<>(data.get(), BASIS)));
  }
}
