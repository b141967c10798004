package nl.casustafel.advertisement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.casustafel.report.AgeBand;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One review of one advertisement (advertentiebeoordeling): on which website, on which Amsterdam
 * day, the advertiser's age band and gender, the indicators seen, notes, the verdict and the
 * municipality where the advertisement was placed. No images and no names: the advertiser is not
 * identified here (issue #13, part 2).
 */
@Entity
@Table(name = "advertisement_review")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class AdvertisementReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "website", nullable = false)
  private String website;

  @Column(name = "reviewed_on", nullable = false)
  private LocalDate reviewedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "advertiser_age_band", nullable = false)
  private AgeBand ageBand;

  @Enumerated(EnumType.STRING)
  @Column(name = "advertiser_gender", nullable = false)
  private AdvertiserGender gender;

  @Column(name = "indicators", nullable = false)
  private String indicators;

  @Column(name = "notes")
  private String notes;

  @Enumerated(EnumType.STRING)
  @Column(name = "verdict", nullable = false)
  private Verdict verdict;

  @Column(name = "municipality")
  private String municipality;

  @Column(name = "reviewed_by", nullable = false)
  private String reviewedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AdvertisementReview() {} // for JPA

  /** A review as {@link ReviewForm#check} accepted it, by {@code reviewer} at {@code at} (UTC). */
  AdvertisementReview(ReviewForm form, String reviewer, Instant at) {
    this.website = form.website();
    this.reviewedOn = form.reviewedOn();
    this.ageBand = form.ageBand();
    this.gender = form.gender();
    this.indicators =
        form.indicators().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    this.notes = form.notes().orElse(null);
    this.verdict = form.verdict();
    this.municipality = form.municipality().orElse(null);
    this.reviewedBy = Objects.requireNonNull(reviewer, "reviewer is required.");
    this.createdAt = Objects.requireNonNull(at, "at is required.");
  }

  public long id() {
    return id;
  }

  public String website() {
    return website;
  }

  public LocalDate reviewedOn() {
    return reviewedOn;
  }

  public AgeBand ageBand() {
    return ageBand;
  }

  public AdvertiserGender gender() {
    return gender;
  }

  /** The indicators seen, in code order. */
  public Set<Indicator> indicators() {
    Set<Indicator> set = EnumSet.noneOf(Indicator.class);
    Arrays.stream(indicators.split(","))
        .filter(s -> !s.isBlank())
        .map(Indicator::valueOf)
        .forEach(set::add);
    return set;
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  public Verdict verdict() {
    return verdict;
  }

  public Optional<String> municipality() {
    return Optional.ofNullable(municipality);
  }

  public String reviewedBy() {
    return reviewedBy;
  }
}
