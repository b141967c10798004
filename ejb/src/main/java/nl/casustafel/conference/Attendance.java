package nl.casustafel.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.RequiredText;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One line of a conference's attendance register: a partner's professional, present or absent.
 * About staff, never about a client.
 */
@Entity
@Table(name = "attendance")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class Attendance {

  public static final RequiredText PERSON = new RequiredText("person", 2, 200);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "conference_id", nullable = false)
  private Long conferenceId;

  @Column(name = "partner_id", nullable = false)
  private String partner;

  @Column(name = "person", nullable = false)
  private String person;

  @Enumerated(EnumType.STRING)
  @Column(name = "presence", nullable = false)
  private Presence presence;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Attendance() {} // for JPA

  Attendance(
      long conference, PartnerId partner, String person, Presence presence, String by, Instant at) {
    this.conferenceId = conference;
    this.partner = partner.value();
    this.person = PERSON.check(person);
    this.presence = java.util.Objects.requireNonNull(presence, "presence is required.");
    this.recordedBy = by;
    this.recordedAt = at;
  }

  void presence(Presence presence) {
    this.presence = java.util.Objects.requireNonNull(presence, "presence is required.");
  }

  public long id() {
    return id;
  }

  public long conference() {
    return conferenceId;
  }

  public PartnerId partner() {
    return new PartnerId(partner);
  }

  public String person() {
    return person;
  }

  public Presence presence() {
    return presence;
  }
}
