package nl.casustafel.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One case on one conference's agenda (agendapunt), with its place in the order and its timebox
 * (minutes; default 15, MARAC practice). Which partners are invited for it: {@link AgendaInvitee}.
 */
@Entity
@Table(name = "agenda_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class AgendaItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "conference_id", nullable = false)
  private Long conferenceId;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "timebox_minutes", nullable = false)
  private int timeboxMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", nullable = false)
  private AgendaReason reason;

  @Column(name = "added_by", nullable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected AgendaItem() {} // for JPA

  AgendaItem(
      long conference, CaseId kase, int position, AgendaReason reason, String by, Instant at) {
    this.conferenceId = conference;
    this.caseId = kase.value();
    this.position = position;
    this.timeboxMinutes = (int) TimePlan.DEFAULT_TIMEBOX.toMinutes();
    this.reason = reason;
    this.addedBy = by;
    this.addedAt = at;
  }

  /**
   * Sets the timebox.
   *
   * @throws IllegalArgumentException outside 1 to 120 minutes
   */
  void timebox(int minutes) {
    this.timeboxMinutes = (int) TimePlan.checkTimebox(Duration.ofMinutes(minutes)).toMinutes();
  }

  void position(int position) {
    this.position = position;
  }

  public long id() {
    return id;
  }

  public long conference() {
    return conferenceId;
  }

  public CaseId kase() {
    return new CaseId(caseId);
  }

  public int position() {
    return position;
  }

  public Duration timebox() {
    return Duration.ofMinutes(timeboxMinutes);
  }

  public AgendaReason reason() {
    return reason;
  }
}
