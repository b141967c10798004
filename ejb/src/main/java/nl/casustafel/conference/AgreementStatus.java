package nl.casustafel.conference;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an agreement (afspraak) made in a conference stands.
 *
 * <p>The rule: an {@link #OPEN} agreement becomes {@link #DONE}, {@link #NOT_POSSIBLE} (with a
 * reason, see {@link AgreementState}) or {@link #NOT_DONE} (not done by the next meeting). A
 * NOT_DONE agreement is carried over to the next meeting ({@link #OPEN} again) or is still settled
 * as DONE or NOT_POSSIBLE. DONE and NOT_POSSIBLE are final.
 */
public enum AgreementStatus {
  /** To be done; the starting status. */
  OPEN,
  /** Done as agreed. Final. */
  DONE,
  /** It cannot be done, for the reason given. Final. */
  NOT_POSSIBLE,
  /** Not done by the meeting that reviewed it. */
  NOT_DONE;

  /** The statuses this one may change to; empty for a final status. */
  public Set<AgreementStatus> successors() {
    return switch (this) {
      case OPEN -> EnumSet.of(DONE, NOT_POSSIBLE, NOT_DONE);
      case NOT_DONE -> EnumSet.of(OPEN, DONE, NOT_POSSIBLE);
      case DONE, NOT_POSSIBLE -> EnumSet.noneOf(AgreementStatus.class);
    };
  }

  /** The statuses still followed up: on "Mijn afspraken", reviewed at the next conference. */
  public static Set<AgreementStatus> followedUp() {
    return EnumSet.of(OPEN, NOT_DONE);
  }

  /** Whether an agreement in this status is still followed up ({@link #followedUp()}). */
  public boolean followedUpNow() {
    return !isFinal();
  }

  /** Whether this status may change to the next one (never to itself). */
  public boolean canBecome(AgreementStatus next) {
    return successors().contains(next);
  }

  /** Whether no change is possible any more: DONE or NOT_POSSIBLE. */
  public boolean isFinal() {
    return successors().isEmpty();
  }

  /**
   * Checks the change to the next status.
   *
   * @return the next status
   * @throws IllegalArgumentException when next is missing
   * @throws IllegalStateException when this status may not change to it
   */
  public AgreementStatus checkChangeTo(AgreementStatus next) {
    if (next == null) {
      throw new IllegalArgumentException("status is required.");
    }
    if (!canBecome(next)) {
      throw new IllegalStateException(
          isFinal()
              ? "An agreement that is " + this + " is final and cannot become " + next + "."
              : "An agreement that is "
                  + this
                  + " cannot become "
                  + next
                  + "; it can become "
                  + successors()
                  + ".");
    }
    return next;
  }
}
