package nl.casustafel.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.shared.AmsterdamTime;

/**
 * When a closed case is due for destruction under its covenant's {@link RetentionPeriod}: storage
 * limitation, AVG (GDPR) art. 5(1)(e) — personal data are kept no longer than the purpose needs.
 *
 * <p>Counted in Europe/Amsterdam calendar days: the data are kept through the day the case was
 * closed plus N months ({@link #destroyAfter(Instant)}) and are due from the next day. A case
 * closed on 29 February is kept through 28 February N years later when that year has no 29
 * February, a case closed on 31 August with 6 months through 28 or 29 February ({@link
 * LocalDate#plusMonths(long)}: the last valid day of the month). An open case is never due.
 */
public final class RetentionRule {

  private final RetentionPeriod period;

  public RetentionRule(RetentionPeriod period) {
    this.period = Objects.requireNonNull(period, "A retention period is required.");
  }

  /** The last Amsterdam day on which a case closed at the instant is kept. */
  public LocalDate destroyAfter(Instant closedAt) {
    Objects.requireNonNull(closedAt, "The closure instant is required.");
    return AmsterdamTime.dayOf(closedAt).plusMonths(period.monthsAfterClosure());
  }

  /** Whether a case closed at the instant is due for destruction at {@code now}. */
  public boolean due(Instant closedAt, Instant now) {
    Objects.requireNonNull(now, "now is required.");
    return AmsterdamTime.dayOf(now).isAfter(destroyAfter(closedAt));
  }

  /** Whether a case is due at {@code now}; an open case (empty) never is. */
  public boolean due(Optional<Instant> closedAt, Instant now) {
    return closedAt.map(at -> due(at, now)).orElse(false);
  }

  public RetentionPeriod period() {
    return period;
  }
}
