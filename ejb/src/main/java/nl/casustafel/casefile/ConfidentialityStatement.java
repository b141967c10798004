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
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.AcceptedStatement;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An ad-hoc partner's geheimhoudingsverklaring for one case: who accepted it, when, and when it
 * expires by itself.
 */
@Entity
@Table(name = "confidentiality_statement")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class ConfidentialityStatement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private Case kase;

  @Column(name = "partner_id", nullable = false)
  private String partner;

  @Column(name = "accepted_by", nullable = false)
  private String acceptedBy;

  @Column(name = "accepted_at", nullable = false)
  private Instant acceptedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected ConfidentialityStatement() {} // for JPA

  ConfidentialityStatement(
      Case kase, PartnerId partner, String acceptedBy, Instant acceptedAt, Instant expiresAt) {
    this.kase = kase;
    this.partner = Objects.requireNonNull(partner, "partner is required.").value();
    this.acceptedBy = Objects.requireNonNull(acceptedBy, "acceptedBy is required.");
    this.acceptedAt = Objects.requireNonNull(acceptedAt, "acceptedAt is required.");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt is required.");
  }

  public PartnerId partner() {
    return new PartnerId(partner);
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  AcceptedStatement facts() {
    return new AcceptedStatement(partner(), acceptedAt, expiresAt);
  }
}
