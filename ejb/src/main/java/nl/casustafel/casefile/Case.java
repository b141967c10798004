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

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "referral_id")
  private Long referral;

  @Column(name = "gcos_number")
  private String gcosNumber;

  @jakarta.persistence.Embedded private Trafficking trafficking = new Trafficking();

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

  @OneToMany(mappedBy = "kase", cascade = CascadeType.PERSIST)
  @jakarta.persistence.OrderBy("at ASC, id ASC")
  private List<StatusChange> statusHistory = new ArrayList<>();

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

  /** The trafficking details under VICTIM_STATUS, the form included (issue #13, part 1). */
  public nl.casustafel.casefile.trafficking.VictimFacts victimFacts() {
    return traffickingDetails().victim(exploitationForm());
  }

  /** The trafficking details under JUSTICE (issue #13, part 1). */
  public nl.casustafel.casefile.trafficking.JusticeFacts justiceFacts() {
    return traffickingDetails().justice();
  }

  /** Replaces the VICTIM_STATUS details, the form included, with checked facts. */
  void describe(nl.casustafel.casefile.trafficking.VictimFacts facts) {
    exploitationForm = facts.form().orElse(null);
    traffickingDetails().set(facts);
  }

  /** Replaces the JUSTICE details. */
  void describe(nl.casustafel.casefile.trafficking.JusticeFacts facts) {
    traffickingDetails().set(facts);
  }

  private Trafficking traffickingDetails() {
    if (trafficking == null) {
      trafficking = new Trafficking(); // JPA leaves an embeddable of only NULL columns null
    }
    return trafficking;
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

  /** When the case was last closed (UTC); empty while it is not closed. */
  public Optional<Instant> closedAt() {
    return status.closed() ? Optional.ofNullable(closedAt) : Optional.empty();
  }

  /** Every status the case had, oldest first. */
  public List<StatusChange> statusHistory() {
    return List.copyOf(statusHistory);
  }

  /**
   * Moves the case to another status, on record with who, when and why.
   *
   * @throws IllegalArgumentException when {@code to} does not follow the current status ({@link
   *     CaseStatus#next()})
   */
  public StatusChange changeStatus(CaseStatus to, String by, Instant at, String reason) {
    if (!status.next().contains(to)) {
      throw new IllegalArgumentException(
          "status: a case cannot go from " + status + " to " + to + ".");
    }
    StatusChange change = new StatusChange(this, status, to, by, at, reason);
    statusHistory.add(change);
    status = to;
    closedAt = to.closed() ? at : closedAt;
    return change;
  }

  /** Marks the case as imported from GCOS under its registration number (unique per tenant). */
  public void importedFromGcos(String registrationNumber) {
    this.gcosNumber = Objects.requireNonNull(registrationNumber, "registrationNumber is required.");
  }

  /** The GCOS registration number of an imported case. */
  public Optional<String> gcosNumber() {
    return Optional.ofNullable(gcosNumber);
  }

  /**
   * Moves the case to another client: only the registry's merge of duplicates (and its undo) does
   * this, and records it.
   */
  public void moveToClient(Client other) {
    this.client = Objects.requireNonNull(other, "client is required.");
  }

  /** The client's id (the person's record; not personal data by itself). */
  public long clientId() {
    return client.id();
  }

  /** Links the case to the referral or signal whose triage opened it. */
  public void openedFrom(long referralId) {
    this.referral = referralId;
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

  /** A new case, TRIAGED, opened by {@code by} (triage, an import, a test). */
  public static Case open(
      String reference,
      CaseType type,
      ExploitationForm form,
      PartnerId lead,
      Client client,
      Instant at,
      String by) {
    Case kase = new Case();
    kase.reference = Objects.requireNonNull(reference, "reference is required.");
    kase.type = Objects.requireNonNull(type, "type is required.");
    kase.exploitationForm = form;
    kase.status = CaseStatus.TRIAGED;
    kase.leadPartner = Objects.requireNonNull(lead, "lead is required.").value();
    kase.client = Objects.requireNonNull(client, "client is required.");
    kase.openedAt = Objects.requireNonNull(at, "at is required.");
    kase.statusHistory.add(new StatusChange(kase, null, CaseStatus.TRIAGED, by, at, null));
    return kase;
  }
}
