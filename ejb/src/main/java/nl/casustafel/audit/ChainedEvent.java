package nl.casustafel.audit;

/** An audit event at its place in its tenant's hash chain. */
public record ChainedEvent(long seq, AuditEntry entry, byte[] prevHash, byte[] hash) {}
