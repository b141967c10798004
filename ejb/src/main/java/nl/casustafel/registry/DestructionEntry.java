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
import java.time.LocalDate;
import java.util.Optional;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One case or person on a destruction list, with what the manager reviews: for a case its
 * reference, type, closure (UTC) and the last Amsterdam day it is kept. Never the person's name.
 */
@Entity
@Table(name = "destruction_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class DestructionEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "list_id", nullable = false)
  private Long listId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private DestructionKind kind;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "client_id")
  private Long clientId;

  @Column(name = "reference")
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "case_type")
  private CaseType caseType;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "destroy_after")
  private LocalDate destroyAfter;

  protected DestructionEntry() {} // for JPA

  /** A due case on the list. */
  static DestructionEntry ofCase(long listId, DestructionPlan.DueCase due) {
    DestructionEntry e = new DestructionEntry();
    e.listId = listId;
    e.kind = DestructionKind.CASE;
    e.caseId = due.kase().caseId();
    e.clientId = due.kase().clientId();
    e.reference = due.kase().reference();
    e.caseType = due.kase().type();
    e.closedAt = due.kase().closedAt().orElseThrow();
    e.destroyAfter = due.destroyAfter();
    return e;
  }

  /** A due person on the list. */
  static DestructionEntry ofClient(long listId, long clientId) {
    DestructionEntry e = new DestructionEntry();
    e.listId = listId;
    e.kind = DestructionKind.CLIENT;
    e.clientId = clientId;
    return e;
  }

  public DestructionKind kind() {
    return kind;
  }

  public Optional<Long> caseId() {
    return Optional.ofNullable(caseId);
  }

  public Optional<Long> clientId() {
    return Optional.ofNullable(clientId);
  }

  /** The reviewable part of a case entry. */
  public DestructionItem item() {
    return new DestructionItem(
        reference, caseType, nl.casustafel.shared.AmsterdamTime.dayOf(closedAt), destroyAfter);
  }
}
