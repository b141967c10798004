package nl.casustafel.audit;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.casustafel.shared.AmsterdamTime;

/**
 * One logged event as the auditor reads it — the one projection behind the API's JSON, the CSV
 * export and the auditor's screen, so that all three show the same values. {@code occurredAt} is
 * the UTC instant; {@code moment} is the same instant as Dutch users read it, in Europe/Amsterdam
 * with microseconds ({@code dd-MM-yyyy HH:mm:ss.SSSSSS}). Texts are as stored (already cleaned of
 * control characters); a null means the event names none.
 */
public record AuditRecord(
    long seq,
    Instant occurredAt,
    String moment,
    String actor,
    String partner,
    String roles,
    String onBehalfOf,
    AuditAction action,
    Long caseId,
    String subject,
    String categories,
    AuditDecision decision,
    String reason,
    String legalBasis,
    String purpose,
    boolean breakGlass,
    String originIp,
    String traceId)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss.SSSSSS").withZone(AmsterdamTime.ZONE);

  /** The event at its place in the chain, as the auditor reads it. */
  public static AuditRecord of(ChainedEvent event) {
    AuditEntry e = event.entry();
    return new AuditRecord(
        event.seq(),
        e.occurredAt(),
        MOMENT.format(e.occurredAt()),
        e.actorUsername(),
        e.actorPartner(),
        e.actorRoles(),
        e.onBehalfOf(),
        e.action(),
        e.caseId(),
        e.subjectRef(),
        e.categories(),
        AuditDecision.of(e.decision()),
        e.reason(),
        e.legalBasis(),
        e.purpose(),
        e.breakGlass(),
        e.originIp(),
        e.traceId());
  }
}
