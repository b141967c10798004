package nl.casustafel.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One step in a case's status history: never overwritten, so the history is the record. */
@Entity
@Table(name = "case_status_change")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class StatusChange {

  /** A reason for the change: optional, at most 1,000 characters. */
  public static final nl.casustafel.shared.RequiredText REASON =
      new nl.casustafel.shared.RequiredText("reason", 1, 1000);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private Case kase;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private CaseStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false)
  private CaseStatus to;

  @Column(name = "changed_at", nullable = false)
  private Instant at;

  @Column(name = "changed_by", nullable = false)
  private String by;

  @Column(name = "reason")
  private String reason;

  protected StatusChange() {} // for JPA

  StatusChange(Case kase, CaseStatus from, CaseStatus to, String by, Instant at, String reason) {
    this.kase = kase;
    this.from = from;
    this.to = to;
    this.by = by;
    this.at = at;
    this.reason = reason;
  }

  public Optional<CaseStatus> from() {
    return Optional.ofNullable(from);
  }

  public CaseStatus to() {
    return to;
  }

  /** When, UTC. */
  public Instant at() {
    return at;
  }

  public String by() {
    return by;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }
}
