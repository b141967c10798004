package nl.casustafel.devstack;

import java.time.Instant;
import java.util.UUID;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.AuditEntry;

/**
 * The RESTORED event that a restore appends to each tenant's chain, and its reason: the one place
 * that builds it. The actor is the restore itself on behalf of the operating-system user who ran
 * it; no data subject, no case.
 */
final class RestoredEvent {

  static final String ACTOR = "system:restore";

  private RestoredEvent() {}

  static AuditEntry entry(String tenant, Instant at, String operator, String reason) {
    return new AuditEntry(
        tenant,
        at,
        ACTOR,
        operator,
        null,
        "-",
        null,
        AuditAction.RESTORED,
        null,
        null,
        null,
        "PERMIT",
        reason,
        null,
        "RESTORE",
        null,
        UUID.randomUUID().toString().replace("-", ""),
        false);
  }

  /**
   * "restored to sequence N from backup B taken at T; external checkpoints up to M": N the last
   * event the backup holds, M the highest sequence number in the tenant's checkpoint file (events
   * between N and M were lost with the restore).
   */
  static String reason(long restoredTo, BackupFile backup, long externalUpTo) {
    return "restored to sequence "
        + restoredTo
        + " from backup "
        + backup.name()
        + " taken at "
        + backup.takenAt()
        + "; external checkpoints up to "
        + externalUpTo;
  }
}
