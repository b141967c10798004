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
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A tenant's list of cases and persons due for destruction, built for one Amsterdam day, reviewed
 * and approved by the ZVH manager ({@link DestructionStatus}). Instants UTC.
 */
@Entity
@Table(name = "destruction_list")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class DestructionList {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "built_at", nullable = false)
  private Instant builtAt;

  @Column(name = "built_for_day", nullable = false)
  private LocalDate builtForDay;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private DestructionStatus status;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "executed_at")
  private Instant executedAt;

  protected DestructionList() {} // for JPA

  /** A new proposal for the Amsterdam day. */
  public DestructionList(Instant builtAt, LocalDate builtForDay) {
    this.builtAt = Objects.requireNonNull(builtAt, "builtAt is required.");
    this.builtForDay = Objects.requireNonNull(builtForDay, "builtForDay is required.");
    this.status = DestructionStatus.PROPOSED;
  }

  public long id() {
    return id;
  }

  public Instant builtAt() {
    return builtAt;
  }

  public LocalDate builtForDay() {
    return builtForDay;
  }

  public DestructionStatus status() {
    return status;
  }

  public Optional<String> approvedBy() {
    return Optional.ofNullable(approvedBy);
  }

  /** Built again (the same day's proposal, refreshed). */
  void rebuiltAt(Instant at) {
    requireProposed();
    this.builtAt = at;
  }

  /** Superseded by a newer proposal before anyone approved it. */
  void supersede() {
    requireProposed();
    this.status = DestructionStatus.REJECTED;
  }

  /**
   * Approved by the manager.
   *
   * @throws IllegalArgumentException when the list is no longer a proposal
   */
  void approve(String by, Instant at) {
    requireProposed();
    this.approvedBy = Objects.requireNonNull(by, "by is required.");
    this.approvedAt = at;
    this.status = DestructionStatus.APPROVED;
  }

  /** Carried out, in the approval's transaction. */
  void executed(Instant at) {
    if (status != DestructionStatus.APPROVED) {
      throw new IllegalStateException("Only an approved list is executed, not " + status);
    }
    this.executedAt = at;
    this.status = DestructionStatus.EXECUTED;
  }

  private void requireProposed() {
    if (status != DestructionStatus.PROPOSED) {
      throw new IllegalArgumentException("list must be a proposal; it is " + status + ".");
    }
  }
}
