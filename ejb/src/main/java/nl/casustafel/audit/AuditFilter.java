package nl.casustafel.audit;

import java.time.LocalDate;

/**
 * What an auditor asks of the log: events about one data subject, by one user, by one partner, on
 * one day, or one kind of exception; any combination, all optional. The day is a calendar day in
 * Europe/Amsterdam (the auditor's day), not a UTC day: 2026-03-29 runs from 2026-03-28T23:00Z to
 * 2026-03-29T22:00Z.
 */
public record AuditFilter(
    String subject, String user, String partner, LocalDate day, Exception exception) {

  /** No filter: every event of the tenant. */
  public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

  /** The exceptions an auditor reviews. */
  public enum Exception {
    /** Every refusal. */
    DENIED,
    /** Every break-the-glass access. */
    BREAK_GLASS,
    /** Attempts after the user's partner was revoked (or never took part). */
    AFTER_REVOKE,
    /** Users who touched more than {@link AuditStore#BULK_SUBJECTS} subjects within an hour. */
    BULK
  }

  /** How the query is recorded in the log. */
  public String describe() {
    StringBuilder d = new StringBuilder();
    if (subject != null) d.append("subject=").append(subject).append(' ');
    if (user != null) d.append("user=").append(user).append(' ');
    if (partner != null) d.append("partner=").append(partner).append(' ');
    if (day != null) d.append("day=").append(day).append(' ');
    if (exception != null) d.append("exception=").append(exception).append(' ');
    return d.isEmpty() ? "all" : d.toString().strip();
  }
}
