package nl.casustafel.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. A case opened by triage is TRIAGED; it goes into conference, is monitored,
 * closed and possibly reopened. Every change is a {@link StatusChange} on record.
 */
public enum CaseStatus {
  REGISTERED,
  TRIAGED,
  IN_CONFERENCE,
  MONITORING,
  CLOSED,
  REOPENED;

  /** The statuses a case may go to from this one. */
  public Set<CaseStatus> next() {
    return switch (this) {
      case REGISTERED -> EnumSet.of(TRIAGED, CLOSED);
      case TRIAGED, REOPENED -> EnumSet.of(IN_CONFERENCE, MONITORING, CLOSED);
      case IN_CONFERENCE -> EnumSet.of(MONITORING, CLOSED);
      case MONITORING -> EnumSet.of(IN_CONFERENCE, CLOSED);
      case CLOSED -> EnumSet.of(REOPENED);
    };
  }

  /** Whether the case is closed (retention and repeat signals count from its closure). */
  public boolean closed() {
    return this == CLOSED;
  }
}
