package nl.casustafel.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A series of conferences ("Casusoverleg Mensenhandel", every other Tuesday 10:00–12:00): its rule
 * is kept on the Amsterdam wall clock ({@link Recurrence}); its conferences are planned as rows of
 * their own, so one can move or be cancelled alone.
 */
@Entity
@Table(name = "conference_series")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class ConferenceSeries {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "title", nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "weekday", nullable = false)
  private DayOfWeek weekday;

  @Column(name = "starts_at_time", nullable = false)
  private LocalTime startsAt;

  @Column(name = "length_minutes", nullable = false)
  private int lengthMinutes;

  @Column(name = "interval_weeks", nullable = false)
  private int intervalWeeks;

  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(name = "last_day")
  private LocalDate lastDay;

  @Column(name = "place")
  private String place;

  @Column(name = "video_link")
  private String videoLink;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ConferenceSeries() {} // for JPA

  public ConferenceSeries(
      String title, Recurrence rule, Venue venue, String createdBy, Instant createdAt) {
    this.title = Conference.TITLE.check(title);
    this.weekday = rule.weekday();
    this.startsAt = rule.start();
    this.lengthMinutes = (int) rule.length().toMinutes();
    this.intervalWeeks = rule.intervalWeeks();
    this.firstDay = rule.firstDay();
    this.lastDay = rule.lastDay().orElse(null);
    this.place = venue.place().orElse(null);
    this.videoLink = venue.videoLink().map(Object::toString).orElse(null);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public Recurrence rule() {
    return new Recurrence(
        weekday,
        startsAt,
        Duration.ofMinutes(lengthMinutes),
        intervalWeeks,
        firstDay,
        Optional.ofNullable(lastDay));
  }

  public Venue venue() {
    return Venue.of(place, videoLink);
  }
}
