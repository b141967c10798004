package nl.casustafel.casefile;

/** Where a case stands; the registry issue extends the history. */
public enum CaseStatus {
  OPEN,
  CLOSED
}
