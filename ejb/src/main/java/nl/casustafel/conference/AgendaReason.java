package nl.casustafel.conference;

/** Why a case is on a conference's agenda. */
public enum AgendaReason {
  /** Opened at triage: "open case, discuss at the next conference". */
  TRIAGE,
  /** One of its agreements falls due before the conference ends: review it there. */
  AGREEMENTS_DUE,
  /** Put there by the case director. */
  DIRECTOR
}
