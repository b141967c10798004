package nl.casustafel.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.shared.RequiredText;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A case conference (casusoverleg): one meeting at a time (UTC instants; shown in
 * Europe/Amsterdam), with a place or video link, belonging to a series or held once — an individual
 * case conference (ICO) names its one case. Its iCalendar UID never changes; the sequence rises
 * with every change the invitees are told of (RFC 5545 3.8.7.4).
 */
@Entity
@Table(name = "conference")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class Conference {

  public static final RequiredText TITLE = new RequiredText("title", 3, 200);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "series_id")
  private Long seriesId;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "place")
  private String place;

  @Column(name = "video_link")
  private String videoLink;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ConferenceStatus status;

  @Column(name = "ical_uid", nullable = false)
  private String icalUid;

  @Column(name = "ical_sequence", nullable = false)
  private int icalSequence;

  @Column(name = "finalised_at")
  private Instant finalisedAt;

  @Column(name = "finalised_by")
  private String finalisedBy;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Conference() {} // for JPA

  /**
   * A planned conference.
   *
   * @throws IllegalArgumentException for a title without 3 visible characters, an end not after the
   *     start, or neither place nor video link
   */
  public Conference(Planning planning, String uid, String createdBy, Instant createdAt) {
    this.title = TITLE.check(planning.title());
    this.seriesId = planning.series().orElse(null);
    this.caseId = planning.kase().map(CaseId::value).orElse(null);
    this.icalUid = Objects.requireNonNull(uid, "uid is required.");
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.status = ConferenceStatus.PLANNED;
    place(planning.where());
    move(planning.start(), planning.end());
  }

  /** Moves the conference; the invitees' calendars follow through a higher sequence. */
  void move(Instant start, Instant end) {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must lie after start.");
    }
    this.startsAt = start;
    this.endsAt = end;
  }

  void place(Venue venue) {
    this.place = venue.place().orElse(null);
    this.videoLink = venue.videoLink().map(Object::toString).orElse(null);
  }

  /** Raises the iCalendar sequence for a change sent to the invitees; returns the new one. */
  int nextSequence() {
    return ++icalSequence;
  }

  void cancel() {
    requirePlanned();
    status = ConferenceStatus.CANCELLED;
  }

  void finalise(String by, Instant at) {
    requirePlanned();
    status = ConferenceStatus.FINALISED;
    finalisedBy = by;
    finalisedAt = at;
  }

  void requirePlanned() {
    if (status != ConferenceStatus.PLANNED) {
      throw new IllegalStateException("The conference is " + status.name().toLowerCase() + ".");
    }
  }

  public long id() {
    return id;
  }

  public Optional<Long> series() {
    return Optional.ofNullable(seriesId);
  }

  public Optional<CaseId> kase() {
    return Optional.ofNullable(caseId).map(CaseId::new);
  }

  public String title() {
    return title;
  }

  public Instant start() {
    return startsAt;
  }

  public Instant end() {
    return endsAt;
  }

  public Venue venue() {
    return Venue.of(place, videoLink);
  }

  public ConferenceStatus status() {
    return status;
  }

  public String uid() {
    return icalUid;
  }

  public int sequence() {
    return icalSequence;
  }

  public Optional<Instant> finalisedAt() {
    return Optional.ofNullable(finalisedAt);
  }

  public long version() {
    return version;
  }
}
