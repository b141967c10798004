package nl.casustafel.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.shared.AmsterdamTime;

/**
 * A repeat (herhaling): a new signal about a person one of whose cases was closed less than {@link
 * #WINDOW 12 months} before the signal. The ZVH flags it because a person back within a year is a
 * sign that the earlier approach did not hold.
 *
 * <p>Counted in Europe/Amsterdam calendar days: a case closed on day C makes a signal on day S a
 * repeat when {@code C <= S < C + 12 months}. Exactly 12 months later — the same calendar date a
 * year on — is <em>not</em> a repeat any more; a case closed on 29 February ends its window on 28
 * February of the next year ({@link LocalDate#plusMonths(long)}). Only a case closed at or before
 * the signal's instant counts: an open case, or one closed after the signal, was open when the
 * signal came and makes no repeat.
 */
public final class RepeatRule {

  /** How long after a closure a new signal is a repeat. */
  public static final Period WINDOW = Period.ofMonths(12);

  private RepeatRule() {}

  /**
   * Whether a signal is a repeat.
   *
   * @param signalAt when the signal came in (UTC instant)
   * @param caseClosures the person's cases: when each was closed, empty for an open case
   */
  public static boolean isRepeat(Instant signalAt, Collection<Optional<Instant>> caseClosures) {
    Objects.requireNonNull(signalAt, "The signal's instant is required.");
    return caseClosures.stream()
        .flatMap(Optional::stream)
        .anyMatch(closedAt -> withinWindow(closedAt, signalAt));
  }

  private static boolean withinWindow(Instant closedAt, Instant signalAt) {
    if (closedAt.isAfter(signalAt)) {
      return false; // The case was still open when the signal came.
    }
    LocalDate windowEnd = AmsterdamTime.dayOf(closedAt).plus(WINDOW);
    return AmsterdamTime.dayOf(signalAt).isBefore(windowEnd);
  }
}
