package nl.casustafel.web.audit;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.audit.ChainedEvent;
import nl.casustafel.shared.AmsterdamTime;

/** One log event as the auditor's table shows it (getters: Jakarta EL 5 reads no records). */
public final class AuditRow implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss.SSSSSS").withZone(AmsterdamTime.ZONE);

  private final long seq;
  private final String moment;
  private final String actor;
  private final String partner;
  private final String roles;
  private final String action;
  private final String caseId;
  private final String subject;
  private final String categories;
  private final String decision;
  private final String reason;
  private final String basis;
  private final boolean breakGlass;

  AuditRow(ChainedEvent event) {
    AuditEntry e = event.entry();
    this.seq = event.seq();
    this.moment = MOMENT.format(e.occurredAt());
    this.actor = e.actorUsername();
    this.partner = e.actorPartner();
    this.roles = e.actorRoles();
    this.action = e.action().name();
    this.caseId = e.caseId() == null ? "" : e.caseId().toString();
    this.subject = e.subjectRef();
    this.categories = e.categories();
    this.decision = e.decision();
    this.reason = e.reason();
    this.basis = e.legalBasis();
    this.breakGlass = e.breakGlass();
  }

  public long getSeq() {
    return seq;
  }

  public String getMoment() {
    return moment;
  }

  public String getActor() {
    return actor;
  }

  public String getPartner() {
    return partner;
  }

  public String getRoles() {
    return roles;
  }

  public String getAction() {
    return action;
  }

  public String getCaseId() {
    return caseId;
  }

  public String getSubject() {
    return subject;
  }

  public String getCategories() {
    return categories;
  }

  public String getDecision() {
    return decision;
  }

  public String getReason() {
    return reason;
  }

  public String getBasis() {
    return basis;
  }

  public boolean isBreakGlass() {
    return breakGlass;
  }
}
