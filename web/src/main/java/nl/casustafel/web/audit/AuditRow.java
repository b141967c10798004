package nl.casustafel.web.audit;

import java.io.Serializable;
import nl.casustafel.audit.AuditRecord;
import nl.casustafel.audit.ChainedEvent;

/**
 * One log event as the auditor's table shows it: the getters of {@link AuditRecord}, the one
 * projection the API and the CSV use too (Jakarta EL 5 reads no record accessors).
 */
public final class AuditRow implements Serializable {

  private static final long serialVersionUID = 2L;

  private final AuditRecord record;

  AuditRow(ChainedEvent event) {
    this.record = AuditRecord.of(event);
  }

  public long getSeq() {
    return record.seq();
  }

  /** When, in Amsterdam time to the microsecond. */
  public String getMoment() {
    return record.moment();
  }

  public String getActor() {
    return record.actor();
  }

  public String getPartner() {
    return record.partner();
  }

  public String getRoles() {
    return record.roles();
  }

  public String getAction() {
    return record.action().name();
  }

  /** The case number, or empty when the event is about no case. */
  public String getCaseId() {
    return record.caseId() == null ? "" : record.caseId().toString();
  }

  public String getSubject() {
    return record.subject();
  }

  public String getCategories() {
    return record.categories();
  }

  public String getDecision() {
    return record.decision().name();
  }

  public String getReason() {
    return record.reason();
  }

  public String getBasis() {
    return record.legalBasis();
  }

  public boolean isBreakGlass() {
    return record.breakGlass();
  }
}
