package nl.casustafel.crisis;

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
import java.util.Objects;
import nl.casustafel.shared.RequiredText;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One shift of the on-call rota: who (name and phone, as the tenant's members must reach them),
 * which duty, from when to when (UTC instants; shown in Amsterdam time).
 */
@Entity
@Table(name = "on_call_shift")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class OnCallShift {

  public static final RequiredText PERSON = new RequiredText("person", 2, 200);
  public static final RequiredText PHONE = new RequiredText("phone", 6, 40);

  /** A shift lasts at most two weeks (a longer one is a typing error). */
  static final Duration LONGEST = Duration.ofDays(14);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "duty", nullable = false)
  private Duty duty;

  @Column(name = "person", nullable = false)
  private String person;

  @Column(name = "phone", nullable = false)
  private String phone;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected OnCallShift() {} // for JPA

  /**
   * A shift.
   *
   * @throws IllegalArgumentException naming the field: no duty, a blank name or phone, an end not
   *     after the start, a shift longer than two weeks or one that ended already
   */
  OnCallShift(
      Duty duty,
      String person,
      String phone,
      Instant starts,
      Instant ends,
      String by,
      Instant now) {
    if (duty == null) {
      throw new IllegalArgumentException("duty is required.");
    }
    if (starts == null || ends == null || !ends.isAfter(starts)) {
      throw new IllegalArgumentException("endsAt: a shift ends after it starts.");
    }
    if (Duration.between(starts, ends).compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException("endsAt: a shift lasts at most 14 days.");
    }
    if (!ends.isAfter(now)) {
      throw new IllegalArgumentException("endsAt: the shift has already ended.");
    }
    this.duty = duty;
    this.person = PERSON.check(person);
    this.phone = PHONE.check(phone);
    this.startsAt = starts;
    this.endsAt = ends;
    this.createdBy = Objects.requireNonNull(by);
    this.createdAt = Objects.requireNonNull(now);
  }

  public long id() {
    return id;
  }

  public Duty duty() {
    return duty;
  }

  public String person() {
    return person;
  }

  public String phone() {
    return phone;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  /** Whether the shift covers the instant. */
  public boolean covers(Instant instant) {
    return !instant.isBefore(startsAt) && instant.isBefore(endsAt);
  }
}
