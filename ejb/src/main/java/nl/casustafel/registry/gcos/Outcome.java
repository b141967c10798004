package nl.casustafel.registry.gcos;

/** What the import does with one line. */
public enum Outcome {
  /** A new client and a new case (and its meeting, if the line has a date). */
  NEW_CLIENT_NEW_CASE,
  /** A new case for a client of an earlier line or already in the tenant. */
  NEW_CASE_FOR_CLIENT,
  /** A meeting added to a case of an earlier line or already in the tenant. */
  MEETING_ADDED,
  /** Nothing to store: the tenant or an earlier line already holds it. */
  ALREADY_PRESENT,
  /** Not imported, with the reasons; a file with such a line is not committed at all. */
  REJECTED
}
