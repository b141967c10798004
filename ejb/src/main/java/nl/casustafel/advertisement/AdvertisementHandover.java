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
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.RequiredText;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One step of a review's way ({@link HandoverStep}), to a partner, with a note; appended, never
 * changed, so the review's history is its hand-overs in order.
 */
@Entity
@Table(name = "advertisement_handover")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class AdvertisementHandover {

  /** A note: optional when handing over, required when enriching; at most 2,000 characters. */
  public static final RequiredText NOTE = new RequiredText("note", 1, 2000);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "review_id", nullable = false)
  private Long reviewId;

  @Enumerated(EnumType.STRING)
  @Column(name = "step", nullable = false)
  private HandoverStep step;

  @Column(name = "to_partner_id", nullable = false)
  private String toPartner;

  @Column(name = "note")
  private String note;

  @Column(name = "handed_at", nullable = false)
  private Instant handedAt;

  @Column(name = "handed_by", nullable = false)
  private String handedBy;

  protected AdvertisementHandover() {} // for JPA

  /**
   * A step.
   *
   * @throws IllegalArgumentException when enriching without a note, or the note is too long
   */
  AdvertisementHandover(
      long reviewId, HandoverStep step, PartnerId to, String note, String by, Instant at) {
    this.reviewId = reviewId;
    this.step = Objects.requireNonNull(step, "step is required.");
    this.toPartner = Objects.requireNonNull(to, "to is required.").value();
    boolean blank = note == null || note.isBlank();
    if (blank && step == HandoverStep.ENRICHED) {
      throw new IllegalArgumentException("note: enriching a review needs a note.");
    }
    this.note = blank ? null : NOTE.check(note);
    this.handedBy = Objects.requireNonNull(by, "by is required.");
    this.handedAt = Objects.requireNonNull(at, "at is required.");
  }

  public long reviewId() {
    return reviewId;
  }

  public HandoverStep step() {
    return step;
  }

  public PartnerId toPartner() {
    return new PartnerId(toPartner);
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Instant handedAt() {
    return handedAt;
  }

  public String handedBy() {
    return handedBy;
  }
}
