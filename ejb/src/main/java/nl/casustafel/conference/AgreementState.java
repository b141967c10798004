package nl.casustafel.conference;

import java.time.LocalDate;
import java.util.Optional;
import nl.casustafel.shared.RequiredText;

/**
 * An agreement's (afspraak's) status with the reason that goes with it: NOT_POSSIBLE needs a reason
 * with visible characters (at most 1000), the other statuses have none. Changes follow {@link
 * AgreementStatus#successors()}.
 *
 * <p>Usage: {@code state = AgreementState.OPEN.changeTo(AgreementStatus.NOT_POSSIBLE, "Client moved
 * abroad")}; the entity stores {@code status()} and {@code reason().orElse(null)}.
 *
 * @param status the status
 * @param reason why it is not possible (stripped, see {@link RequiredText}); present only for
 *     NOT_POSSIBLE
 * @throws IllegalArgumentException starting with the field name, when the status is missing or the
 *     reason does not fit the status
 */
public record AgreementState(AgreementStatus status, Optional<String> reason) {

  /** The reason for NOT_POSSIBLE: 1 to 1000 characters, at least one visible. */
  public static final RequiredText REASON = new RequiredText("reason", 1, 1000);

  /** A new agreement. */
  public static final AgreementState OPEN =
      new AgreementState(AgreementStatus.OPEN, Optional.empty());

  public AgreementState {
    if (status == null) {
      throw new IllegalArgumentException("status is required.");
    }
    if (status == AgreementStatus.NOT_POSSIBLE) {
      reason = Optional.of(REASON.check(reason == null ? null : reason.orElse(null)));
    } else if (reason != null && reason.isPresent()) {
      throw new IllegalArgumentException("reason is only given for NOT_POSSIBLE, not " + status);
    } else {
      reason = Optional.empty();
    }
  }

  /**
   * The state after a change to the next status.
   *
   * @param next the new status
   * @param reason why it is not possible: required for NOT_POSSIBLE, null otherwise
   * @throws IllegalStateException when the current status may not change to {@code next} (checked
   *     first)
   * @throws IllegalArgumentException starting with the field name, when next is missing or the
   *     reason does not fit
   */
  public AgreementState changeTo(AgreementStatus next, String reason) {
    return new AgreementState(status.checkChangeTo(next), Optional.ofNullable(reason));
  }

  /** Done as agreed; see {@link #changeTo}. */
  public AgreementState done() {
    return changeTo(AgreementStatus.DONE, null);
  }

  /** Not possible for the reason; see {@link #changeTo}. */
  public AgreementState notPossible(String reason) {
    return changeTo(AgreementStatus.NOT_POSSIBLE, reason);
  }

  /** Not done by the meeting that reviewed it; see {@link #changeTo}. */
  public AgreementState notDone() {
    return changeTo(AgreementStatus.NOT_DONE, null);
  }

  /** A NOT_DONE agreement carried over to the next meeting, OPEN again; see {@link #changeTo}. */
  public AgreementState carriedOver() {
    return changeTo(AgreementStatus.OPEN, null);
  }

  /** How urgent the agreement is on the Amsterdam date {@code today}; see {@link DueState#of}. */
  public DueState due(LocalDate dueOn, LocalDate today) {
    return DueState.of(status, dueOn, today);
  }
}
