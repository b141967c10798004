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
import nl.casustafel.casefile.CaseType;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.RequiredText;
import nl.casustafel.shared.Tenancy;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A referral (aanmelding) by a partner, or a signal (signaal) registered by the ZVH, waiting for or
 * decided at the weekly triage. The person, if named, is a client of the registry from the start
 * (an anonymous signal has none). The reason and goal are SOCIAL data of that person.
 */
@Entity
@Table(name = "referral")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY)
public class Referral {

  /** Why the case is referred: visible characters, at most 4,000. */
  public static final RequiredText REASON = new RequiredText("reason", 1, 4000);

  /** The goal of the conference, the partners to invite: optional, at most 4,000. */
  public static final RequiredText TEXT = new RequiredText("text", 1, 4000);

  /** A triage decision's reason: at least 3 visible characters, at most 1,000. */
  public static final RequiredText DECISION_REASON = new RequiredText("reason", 3, 1000);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "reference")
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false)
  private SignalSource source;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "received_by", nullable = false)
  private String receivedBy;

  @Column(name = "referrer_partner_id", nullable = false)
  private String referrer;

  @Enumerated(EnumType.STRING)
  @Column(name = "case_type", nullable = false)
  private CaseType caseType;

  @Column(name = "reason", nullable = false)
  private String reason;

  @Column(name = "goal")
  private String goal;

  @Column(name = "partners_to_invite")
  private String partnersToInvite;

  @Column(name = "triage_date", nullable = false)
  private LocalDate triageDate;

  @Column(name = "repeat_signal", nullable = false)
  private boolean repeat;

  @Column(name = "client_id")
  private Long client;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private TriageOutcome outcome;

  @Column(name = "outcome_reason")
  private String outcomeReason;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "forwarded_to")
  private String forwardedTo;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "person_informed")
  private Boolean personInformed;

  @Column(name = "not_informed_reason")
  private String notInformedReason;

  protected Referral() {} // for JPA

  /** A new referral or signal, to be discussed at {@code triageDate} (Amsterdam). */
  public Referral(ReferralForm form, SignalSource source, Received received, LocalDate triageDate) {
    this.source = Objects.requireNonNull(source, "source is required.");
    this.caseType = Objects.requireNonNull(form.caseType(), "caseType is required.");
    this.reason = REASON.check(form.reason());
    this.goal = optional(form.goal());
    this.partnersToInvite = optional(form.partnersToInvite());
    this.receivedAt = received.at();
    this.receivedBy = received.by();
    this.referrer = received.partner().value();
    this.triageDate = Objects.requireNonNull(triageDate, "triageDate is required.");
  }

  /** Who received it, when (UTC), for which partner. */
  public record Received(Instant at, String by, PartnerId partner) {}

  /** Names the referral after its id, e.g. AM-2026-00012 (signals SG-…), year in Amsterdam. */
  void name(int year) {
    reference = String.format("%s-%d-%05d", source.signal() ? "SG" : "AM", year, id);
  }

  void about(long clientId, boolean repeatSignal) {
    this.client = clientId;
    this.repeat = repeatSignal;
  }

  /**
   * Records the triage decision once.
   *
   * @throws IllegalArgumentException when it was decided before
   */
  void decide(TriageDecision decision, String by, Instant at) {
    if (outcome != null) {
      throw new IllegalArgumentException("This referral was decided already.");
    }
    outcome = decision.outcome();
    outcomeReason = DECISION_REASON.check(decision.reason());
    forwardedTo = decision.forwardTo().map(PartnerId::value).orElse(null);
    personInformed = decision.personInformed();
    notInformedReason = decision.notInformedReason().orElse(null);
    decidedBy = by;
    decidedAt = at;
  }

  /** The referral now names another client (a merge of duplicates, or its undo). */
  void movedTo(long clientId) {
    this.client = clientId;
  }

  void openedCase(long id) {
    this.caseId = id;
  }

  private static String optional(String text) {
    return text == null || text.isBlank() ? null : TEXT.check(text);
  }

  public long id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public SignalSource source() {
    return source;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public String receivedBy() {
    return receivedBy;
  }

  public PartnerId referrer() {
    return new PartnerId(referrer);
  }

  public CaseType caseType() {
    return caseType;
  }

  public String reason() {
    return reason;
  }

  public Optional<String> goal() {
    return Optional.ofNullable(goal);
  }

  public Optional<String> partnersToInvite() {
    return Optional.ofNullable(partnersToInvite);
  }

  public LocalDate triageDate() {
    return triageDate;
  }

  public boolean repeat() {
    return repeat;
  }

  public Optional<Long> client() {
    return Optional.ofNullable(client);
  }

  public Optional<TriageOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<String> outcomeReason() {
    return Optional.ofNullable(outcomeReason);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<PartnerId> forwardedTo() {
    return Optional.ofNullable(forwardedTo).map(PartnerId::new);
  }

  public Optional<Long> caseId() {
    return Optional.ofNullable(caseId);
  }

  public Optional<Boolean> personInformed() {
    return Optional.ofNullable(personInformed);
  }

  public Optional<String> notInformedReason() {
    return Optional.ofNullable(notInformedReason);
  }
}
