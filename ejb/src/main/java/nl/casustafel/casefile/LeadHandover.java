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
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The lead of a case (its controller of record) passing from one partner to another. */
@Entity
@Table(name = "case_lead_handover")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class LeadHandover {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private Case kase;

  @Column(name = "from_partner", nullable = false)
  private String from;

  @Column(name = "to_partner", nullable = false)
  private String to;

  @Column(name = "handed_over_at", nullable = false)
  private Instant at;

  @Column(name = "handed_over_by", nullable = false)
  private String by;

  protected LeadHandover() {} // for JPA

  LeadHandover(Case kase, PartnerId from, PartnerId to, String by, Instant at) {
    this.kase = kase;
    this.from = from.value();
    this.to = to.value();
    this.by = Objects.requireNonNull(by, "by is required.");
    this.at = Objects.requireNonNull(at, "at is required.");
  }

  public PartnerId from() {
    return new PartnerId(from);
  }

  public PartnerId to() {
    return new PartnerId(to);
  }
}
