package nl.casustafel.registry;

/** What the case director decided at triage. */
public enum TriageOutcome {
  /** Advice to the referrer; no case. */
  ADVICE_ONLY,
  /** A case is opened with a type, a lead and the partners to invite. */
  OPEN_CASE,
  /** Handed to a named partner (e.g. the police). */
  FORWARD,
  NO_ACTION
}
