package nl.casustafel.registry;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import nl.casustafel.shared.AmsterdamTime;

/**
 * The weekly cut-off of the triage (ZVH practice: referrals received before Monday 12:00 are
 * discussed in the triage on Tuesday).
 *
 * <p>A referral received strictly before a week's cut-off moment ({@code cutoffDay} at {@code
 * cutoffTime}, Europe/Amsterdam wall time) goes to the first {@code triageDay} on or after that
 * cut-off's date; one received at or after it waits for the next week's. With the defaults: Monday
 * 11:59 → Tuesday the next day; Monday 12:00 → Tuesday 8 days later; Sunday → the coming Tuesday;
 * Tuesday 09:00 → Tuesday a week later.
 *
 * <p>Design notice: the cut-off is compared as an instant, so it holds on the days the clocks
 * change; a cut-off time that falls in the spring gap moves to the same wall time an hour later,
 * one in the autumn overlap is its first occurrence ({@link ZonedDateTime#of}). When {@code
 * triageDay} equals {@code cutoffDay}, the triage is taken to meet after the cut-off that same day.
 *
 * @param cutoffDay the day of the weekly cut-off
 * @param cutoffTime the Amsterdam wall time of the cut-off on that day
 * @param triageDay the day of the weekly triage
 */
public record TriageCutoff(DayOfWeek cutoffDay, LocalTime cutoffTime, DayOfWeek triageDay) {

  /** Monday 12:00, triage on Tuesday. */
  public static final TriageCutoff DEFAULT =
      new TriageCutoff(DayOfWeek.MONDAY, LocalTime.NOON, DayOfWeek.TUESDAY);

  public TriageCutoff {
    Objects.requireNonNull(cutoffDay, "A cut-off day is required.");
    Objects.requireNonNull(cutoffTime, "A cut-off time is required.");
    Objects.requireNonNull(triageDay, "A triage day is required.");
  }

  /** The Amsterdam date of the triage that discusses a referral received at the instant. */
  public LocalDate triageDateFor(Instant receivedAt) {
    LocalDate cutoffDate = nextCutoffAfter(receivedAt);
    return cutoffDate.with(TemporalAdjusters.nextOrSame(triageDay));
  }

  /** The date of the first cut-off moment strictly after the instant. */
  private LocalDate nextCutoffAfter(Instant receivedAt) {
    Objects.requireNonNull(receivedAt, "The instant received is required.");
    LocalDate day = AmsterdamTime.dayOf(receivedAt);
    LocalDate candidate = day.with(TemporalAdjusters.nextOrSame(cutoffDay));
    return receivedAt.isBefore(cutoffInstant(candidate)) ? candidate : candidate.plusWeeks(1);
  }

  private Instant cutoffInstant(LocalDate date) {
    return ZonedDateTime.of(date, cutoffTime, AmsterdamTime.ZONE).toInstant();
  }
}
