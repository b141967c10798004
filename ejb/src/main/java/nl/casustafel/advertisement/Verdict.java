package nl.casustafel.advertisement;

/** The ketenregisseur's risk verdict on an advertisement; a risky one goes to the municipality. */
public enum Verdict {
  RISKY,
  NOT_RISKY,
  UNCLEAR
}
