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
  AUDIT_QUERY
}
