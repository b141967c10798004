package nl.casustafel.casefile;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.CaseFacts;
import nl.casustafel.shared.Tenancy;
import nl.casustafel.tenant.TenantId;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One person's matter handled by the ZVH (casus): its type, status, lead partner (the controller of
 * record), the client, and the partners that participate. The entity name avoids CASE, which JPQL
 * reserves. Collections are batch-fetched with IN so that a list of cases costs a fixed number of
 * queries, whatever its length.
 */
@Entity(name = "Casus")
@Table(name = "case_file")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class Case {

  /** How long a break-the-glass opening lasts: one crisis shift. */
  public static final Duration BREAK_GLASS_VALIDITY = Duration.ofHours(4);

  /** How long an ad-hoc partner's confidentiality statement holds before it must sign again. */
  public static final Duration STATEMENT_VALIDITY = Duration.ofDays(90);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "tenant_id", insertable = false, updatable = false)
  private String tenant;

  @Column(name = "reference", nullable = false)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false)
  private CaseType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "exploitation_form")
  private ExploitationForm exploitationForm;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private CaseStatus status;

  @Column(name = "lead_partner_id", nullable = false)
  private String leadPartner;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "client_id")
  @BatchFetch(BatchFetchType.IN)
  private Client client;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @OneToMany(mappedBy = "kase", cascade = CascadeType.PERSIST)
  @BatchFetch(BatchFetchType.IN)
  private List<CaseParticipation> participations = new ArrayList<>();

  @OneToMany(mappedBy = "kase", cascade = CascadeType.PERSIST)
  @BatchFetch(BatchFetchType.IN)
  private List<ConfidentialityStatement> statements = new ArrayList<>();

  @OneToMany(mappedBy = "kase", cascade = CascadeType.PERSIST)
  @BatchFetch(BatchFetchType.IN)
  private List<BreakGlass> breakGlasses = new ArrayList<>();

  @OneToMany(mappedBy = "kase", cascade = CascadeType.PERSIST)
  private List<LeadHandover> handovers = new ArrayList<>();

  protected Case() {} // for JPA

  public CaseId id() {
    return new CaseId(id);
  }

  public TenantId tenant() {
    return new TenantId(tenant);
  }

  public String reference() {
    return reference;
  }

  public CaseType type() {
    return type;
  }

  public Optional<ExploitationForm> exploitationForm() {
    return Optional.ofNullable(exploitationForm);
  }

  public CaseStatus status() {
    return status;
  }

  public PartnerId leadPartner() {
    return new PartnerId(leadPartner);
  }

  /**
   * The person the case is about. Package-private: the client's data leaves this package only as
   * the policy decision point disclosed it ({@link CaseSummary}).
   */
  Client client() {
    return client;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public List<CaseParticipation> participations() {
    return List.copyOf(participations);
  }

  /** What the policy decision point must know of this case, as it is now. */
  public CaseFacts facts() {
    return new CaseFacts(
        tenant(),
        participations.stream().map(CaseParticipation::facts).toList(),
        statements.stream().map(ConfidentialityStatement::facts).toList(),
        breakGlasses.stream().map(BreakGlass::facts).toList());
  }

  /** Opens the case for one user in a crisis, with a reason, for {@link #BREAK_GLASS_VALIDITY}. */
  public BreakGlass breakGlass(String subject, String username, String reason, Instant at) {
    BreakGlass opening =
        new BreakGlass(this, subject, username, reason, at, at.plus(BREAK_GLASS_VALIDITY));
    breakGlasses.add(opening);
    return opening;
  }

  /** The user's break-the-glass opening valid at {@code now}, if any. */
  public Optional<BreakGlass> openedByBreakingTheGlass(String subject, Instant now) {
    return breakGlasses.stream()
        .filter(b -> b.subject().equals(subject) && b.facts().activeAt(now))
        .findFirst();
  }

  /** The partner's participation that is active at {@code now}, if any. */
  public Optional<CaseParticipation> activeParticipation(PartnerId partner, Instant now) {
    return participations.stream()
        .filter(p -> p.partner().equals(partner) && p.activeAt(now))
        .findFirst();
  }

  /** Invites a partner that does not actively participate yet. */
  public CaseParticipation invite(PartnerId partner, String by, Instant at, Instant until) {
    if (activeParticipation(partner, at).isPresent()) {
      throw new IllegalStateException(partner + " already participates in " + reference);
    }
    CaseParticipation participation = new CaseParticipation(this, partner, by, at, until);
    participations.add(participation);
    return participation;
  }

  /** Ends the partner's active participation from {@code at} on; false when there was none. */
  public boolean revoke(PartnerId partner, String by, Instant at) {
    Optional<CaseParticipation> active = activeParticipation(partner, at);
    active.ifPresent(p -> p.revoke(by, at));
    return active.isPresent();
  }

  /**
   * Records an ad-hoc partner's geheimhoudingsverklaring, valid for {@link #STATEMENT_VALIDITY}.
   */
  public ConfidentialityStatement acceptStatement(PartnerId partner, String by, Instant at) {
    ConfidentialityStatement statement =
        new ConfidentialityStatement(this, partner, by, at, at.plus(STATEMENT_VALIDITY));
    statements.add(statement);
    return statement;
  }

  /** Hands the lead to another partner: an explicit event, the old lead stays on record. */
  public LeadHandover handOverLead(PartnerId to, String by, Instant at) {
    Objects.requireNonNull(to, "to is required.");
    if (to.equals(leadPartner())) {
      throw new IllegalArgumentException(to + " already leads " + reference);
    }
    LeadHandover handover = new LeadHandover(this, leadPartner(), to, by, at);
    handovers.add(handover);
    leadPartner = to.value();
    return handover;
  }

  /** A new case; for the registry and conference work that will open cases, and for tests. */
  public static Case open(
      String reference,
      CaseType type,
      ExploitationForm form,
      PartnerId lead,
      Client client,
      Instant at) {
    Case kase = new Case();
    kase.reference = Objects.requireNonNull(reference, "reference is required.");
    kase.type = Objects.requireNonNull(type, "type is required.");
    kase.exploitationForm = form;
    kase.status = CaseStatus.OPEN;
    kase.leadPartner = Objects.requireNonNull(lead, "lead is required.").value();
    kase.client = Objects.requireNonNull(client, "client is required.");
    kase.openedAt = Objects.requireNonNull(at, "at is required.");
    return kase;
  }
}
