package nl.casustafel.policy;

import java.util.Objects;
import nl.casustafel.covenant.ArticleRef;

/**
 * Personal data that the policy decision point permitted, with the article it was permitted on.
 * Only {@link PolicyDecisionPoint} can make one, so a service that returns {@code Disclosed<T>}
 * cannot hand out data without a decision; the one exception is the benchmark's baseline ({@link
 * Unchecked}), which only a request marked as the baseline in a demo server gets.
 */
public final class Disclosed<T> {

  private final T value;
  private final ArticleRef basis;

  Disclosed(T value, ArticleRef basis) {
    this.value = Objects.requireNonNull(value);
    this.basis = Objects.requireNonNull(basis);
  }

  public T value() {
    return value;
  }

  public ArticleRef basis() {
    return basis;
  }
}
