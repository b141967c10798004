package nl.casustafel.covenant;

/** Why data is shared (doelbinding); every grant and every request names one. */
public enum Purpose {
  /** Deciding together, in the casusoverleg, what a person needs. */
  CASE_CONFERENCE,
  /** Coordinating care and legal trajectories of a victim. */
  CARE_COORDINATION,
  /** Assessing and averting acute danger. */
  SAFETY_ASSESSMENT,
  /**
   * Answering a person's request to see their own data (AVG art. 15): the controller's ZVH manager
   * gathers everything held about them. No covenant grant names it; only the decision point's
   * {@code refusalToReportSubject} allows it. Append-only: new values at the end.
   */
  DATA_SUBJECT_ACCESS
}
