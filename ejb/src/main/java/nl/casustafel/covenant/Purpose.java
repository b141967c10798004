package nl.casustafel.covenant;

/** Why data is shared (doelbinding); every grant and every request names one. */
public enum Purpose {
  /** Deciding together, in the casusoverleg, what a person needs. */
  CASE_CONFERENCE,
  /** Coordinating care and legal trajectories of a victim. */
  CARE_COORDINATION,
  /** Assessing and averting acute danger. */
  SAFETY_ASSESSMENT
}
