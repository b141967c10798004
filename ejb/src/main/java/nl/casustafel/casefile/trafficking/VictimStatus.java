package nl.casustafel.casefile.trafficking;

/**
 * Whether the person is a victim: possibly, actually (as decided by the police, the public
 * prosecutor or CoMensha), or not.
 */
public enum VictimStatus {
  POSSIBLE,
  ACTUAL,
  NOT_A_VICTIM
}
