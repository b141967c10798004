package nl.casustafel.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * What was destroyed, kept after the destruction: the kind of record, when (UTC), on whose
 * approval, and for a case its type and the Amsterdam years of opening and closure. Nothing that
 * identifies the person: no id, no reference, no name.
 */
@Entity
@Table(name = "destruction_record")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class DestructionRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "list_id", nullable = false)
  private Long listId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private DestructionKind kind;

  @Column(name = "destroyed_at", nullable = false)
  private Instant destroyedAt;

  @Column(name = "approved_by", nullable = false)
  private String approvedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "case_type")
  private CaseType caseType;

  @Column(name = "opened_year")
  private Integer openedYear;

  @Column(name = "closed_year")
  private Integer closedYear;

  protected DestructionRecord() {} // for JPA

  /** A destroyed case. */
  static DestructionRecord ofCase(long listId, RetainedCase kase, String approvedBy, Instant at) {
    DestructionRecord r = new DestructionRecord();
    r.listId = listId;
    r.kind = DestructionKind.CASE;
    r.destroyedAt = at;
    r.approvedBy = approvedBy;
    r.caseType = kase.type();
    r.openedYear = nl.casustafel.shared.AmsterdamTime.dayOf(kase.openedAt()).getYear();
    r.closedYear =
        kase.closedAt()
            .map(c -> nl.casustafel.shared.AmsterdamTime.dayOf(c).getYear())
            .orElse(null);
    return r;
  }

  /** A destroyed person. */
  static DestructionRecord ofClient(long listId, String approvedBy, Instant at) {
    DestructionRecord r = new DestructionRecord();
    r.listId = listId;
    r.kind = DestructionKind.CLIENT;
    r.destroyedAt = at;
    r.approvedBy = approvedBy;
    return r;
  }

  public DestructionKind kind() {
    return kind;
  }

  public Optional<CaseType> caseType() {
    return Optional.ofNullable(caseType);
  }
}
