package nl.casustafel.casefile;

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
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.RequiredText;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A care trajectory of the case's client (zorgtraject: opvang, psychisch, praktisch, juridisch,
 * medisch), provided by a partner from a start date (Amsterdam calendar days) to an end date, with
 * an outcome. Its kind decides its data category ({@link CareKind#category()}).
 */
@Entity
@Table(name = "care_episode")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class CareEpisode {

  /** The outcome: optional, at most 1,000 characters. */
  public static final RequiredText OUTCOME = new RequiredText("outcome", 1, 1000);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private CareKind kind;

  @Column(name = "provider_id", nullable = false)
  private String provider;

  @Column(name = "started_on", nullable = false)
  private LocalDate startedOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "outcome")
  private String outcome;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected CareEpisode() {} // for JPA

  /**
   * A new episode; {@code end} may be null (still running) and is not before {@code start}.
   *
   * @throws IllegalArgumentException when the end lies before the start or the outcome is invalid
   */
  public CareEpisode(
      CaseId kase,
      CareKind kind,
      PartnerId provider,
      LocalDate start,
      LocalDate end,
      String outcome,
      String createdBy,
      Instant createdAt) {
    this.caseId = Objects.requireNonNull(kase, "case is required.").value();
    this.kind = Objects.requireNonNull(kind, "kind is required.");
    this.provider = Objects.requireNonNull(provider, "provider is required.").value();
    this.startedOn = Objects.requireNonNull(start, "start is required.");
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("end: the end of a care episode lies before its start.");
    }
    this.endedOn = end;
    this.outcome = outcome == null || outcome.isBlank() ? null : OUTCOME.check(outcome);
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy is required.");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt is required.");
  }

  public long id() {
    return id;
  }

  public CaseId caseId() {
    return new CaseId(caseId);
  }

  public CareKind kind() {
    return kind;
  }

  public PartnerId provider() {
    return new PartnerId(provider);
  }

  public LocalDate startedOn() {
    return startedOn;
  }

  public Optional<LocalDate> endedOn() {
    return Optional.ofNullable(endedOn);
  }

  public Optional<String> outcome() {
    return Optional.ofNullable(outcome);
  }
}
