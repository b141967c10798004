package nl.casustafel.audit;

/** What an audit event records (NEN 7513 "event type"). */
public enum AuditAction {
  READ,
  SEARCH,
  CREATE,
  UPDATE,
  EXPORT,
  PRINT,
  SHARE,
  DENY,
  BREAK_GLASS,
  LOGIN_FAILURE,
  /** An auditor's query of the log: auditors are logged too. */
  AUDIT_QUERY,
  /**
   * The database was restored from a backup ({@code ./casustafel restore}): the events after the
   * backup's last sequence number are lost. The reason says to which sequence number, from which
   * backup, taken when, and how far the external checkpoints went; a checkpoint is signed at this
   * event. How it is verified: {@link AuditVerifier}. Append-only enum: new values at the end.
   */
  RESTORED,
  /**
   * A change to how the tenant is set up (issue #15, part 5): the tenant itself, a partner, a
   * person's role or the covenant. The reason says what changed, before and after; no case, no data
   * subject. Appended by {@link AdminLog}.
   */
  CONFIGURE
}
