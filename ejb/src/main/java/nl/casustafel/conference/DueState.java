package nl.casustafel.conference;

import java.time.LocalDate;

/**
 * How urgent an agreement (afspraak) is on a given Amsterdam date, for the colour and order of
 * agreement lists.
 *
 * <p>With today Monday 2 March: due Sunday 1 March → {@link #OVERDUE}; due Monday 2 up to and
 * including Sunday 8 March (7 days counting today) → {@link #DUE_SOON}; due Monday 9 March or
 * later, or without a due date → {@link #LATER}; DONE or NOT_POSSIBLE → {@link #CLOSED} whatever
 * the date.
 */
public enum DueState {
  /** Still OPEN or NOT_DONE after its due date. */
  OVERDUE,
  /** Due within {@link #DUE_SOON_DAYS} days counting today. */
  DUE_SOON,
  /** Due later, or no due date. */
  LATER,
  /** DONE or NOT_POSSIBLE: nothing is due any more. */
  CLOSED;

  /** The days, today included, in which a due date counts as soon. */
  public static final int DUE_SOON_DAYS = 7;

  /**
   * The classification of an agreement.
   *
   * @param status its status
   * @param dueOn the Amsterdam date by which it should be done (inclusive); null when it has none
   * @param today today's Amsterdam date ({@code AmsterdamTime.today(clock)})
   * @throws IllegalArgumentException when status or today is missing
   */
  public static DueState of(AgreementStatus status, LocalDate dueOn, LocalDate today) {
    if (status == null) {
      throw new IllegalArgumentException("status is required.");
    }
    if (today == null) {
      throw new IllegalArgumentException("today is required.");
    }
    if (status.isFinal()) {
      return CLOSED;
    }
    if (dueOn == null) {
      return LATER;
    }
    if (dueOn.isBefore(today)) {
      return OVERDUE;
    }
    return dueOn.isBefore(today.plusDays(DUE_SOON_DAYS)) ? DUE_SOON : LATER;
  }
}
