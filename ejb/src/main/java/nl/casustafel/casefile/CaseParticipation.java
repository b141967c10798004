package nl.casustafel.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.Participation;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A partner's part in one case (casusdeelname): who invited it when, until when, and whether and
 * when it was revoked. A revoked participation stays on record; inviting again makes a new one.
 */
@Entity
@Table(name = "case_participation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class CaseParticipation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private Case kase;

  /**
   * The same column, read-only, for counting without a join: {@code p.kase.id} brought in case_file
   * (with its tenant condition) and read 23,000 case rows per count (issue #14).
   */
  @Column(name = "case_id", insertable = false, updatable = false)
  private Long caseId;

  @Column(name = "partner_id", nullable = false)
  private String partner;

  @Column(name = "invited_by", nullable = false)
  private String invitedBy;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  @Column(name = "until")
  private Instant until;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  protected CaseParticipation() {} // for JPA

  CaseParticipation(
      Case kase, PartnerId partner, String invitedBy, Instant invitedAt, Instant until) {
    this.kase = kase;
    this.partner = Objects.requireNonNull(partner, "partner is required.").value();
    this.invitedBy = Objects.requireNonNull(invitedBy, "invitedBy is required.");
    this.invitedAt = Objects.requireNonNull(invitedAt, "invitedAt is required.");
    if (until != null && !until.isAfter(invitedAt)) {
      throw new IllegalArgumentException("A participation must end after it starts.");
    }
    this.until = until;
  }

  public PartnerId partner() {
    return new PartnerId(partner);
  }

  public String invitedBy() {
    return invitedBy;
  }

  public Instant invitedAt() {
    return invitedAt;
  }

  public Optional<Instant> until() {
    return Optional.ofNullable(until);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<String> revokedBy() {
    return Optional.ofNullable(revokedBy);
  }

  public boolean activeAt(Instant now) {
    return facts().activeAt(now);
  }

  void revoke(String by, Instant at) {
    this.revokedBy = Objects.requireNonNull(by, "by is required.");
    this.revokedAt = Objects.requireNonNull(at, "at is required.");
  }

  Participation facts() {
    return new Participation(partner(), invitedAt, until, revokedAt);
  }
}
