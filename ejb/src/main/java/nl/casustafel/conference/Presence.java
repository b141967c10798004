package nl.casustafel.conference;

/** The attendance register's answer for one person (presentielijst). */
public enum Presence {
  PRESENT,
  /** Absent, with notice given beforehand (afgemeld). */
  ABSENT_WITH_NOTICE,
  ABSENT
}
