package nl.casustafel.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.RequiredText;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An agreement of the plan of approach (afspraak): what a partner will do for a case, by when (an
 * Amsterdam calendar day). Its text carries a data category like minutes. Followed up until DONE,
 * NOT_POSSIBLE (with a reason) or reviewed as NOT_DONE at the next conference ({@link
 * AgreementStatus}).
 */
@Entity
@Table(name = "agreement")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class Agreement {

  public static final RequiredText WHAT = new RequiredText("what", 3, 1000);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Column(name = "agenda_item_id")
  private Long itemId;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false)
  private DataCategory category;

  @Column(name = "what", nullable = false)
  private String what;

  @Column(name = "owner_partner", nullable = false)
  private String owner;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private AgreementStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "made_by", nullable = false)
  private String madeBy;

  @Column(name = "made_at", nullable = false)
  private Instant madeAt;

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "changed_at")
  private Instant changedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Agreement() {} // for JPA

  Agreement(AgendaItem item, Terms terms, String by, Instant at) {
    this.caseId = item.kase().value();
    this.itemId = item.id();
    this.category = terms.category();
    this.what = WHAT.check(terms.what());
    this.owner = terms.owner().value();
    this.dueOn = terms.dueOn();
    this.status = AgreementStatus.OPEN;
    this.madeBy = by;
    this.madeAt = at;
  }

  /** What is agreed: category, text, owner and due day (Amsterdam). */
  public record Terms(DataCategory category, String what, PartnerId owner, LocalDate dueOn) {
    public Terms {
      Objects.requireNonNull(category, "category is required.");
      Objects.requireNonNull(owner, "owner is required.");
      Objects.requireNonNull(dueOn, "dueOn is required.");
    }
  }

  /**
   * Moves to a new status by the transition rule of {@link AgreementStatus}.
   *
   * @throws IllegalStateException for a transition the rule does not allow
   * @throws IllegalArgumentException for NOT_POSSIBLE without a reason
   */
  void change(AgreementStatus next, String reason, String by, Instant at) {
    AgreementState state =
        new AgreementState(status, Optional.ofNullable(statusReason)).changeTo(next, reason);
    this.status = state.status();
    this.statusReason = state.reason().orElse(null);
    this.changedBy = by;
    this.changedAt = at;
  }

  public long id() {
    return id;
  }

  public CaseId kase() {
    return new CaseId(caseId);
  }

  public Optional<Long> item() {
    return Optional.ofNullable(itemId);
  }

  public DataCategory category() {
    return category;
  }

  public String what() {
    return what;
  }

  public PartnerId owner() {
    return new PartnerId(owner);
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public AgreementStatus status() {
    return status;
  }

  public Optional<String> statusReason() {
    return Optional.ofNullable(statusReason);
  }
}
