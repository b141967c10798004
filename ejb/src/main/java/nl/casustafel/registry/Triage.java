package nl.casustafel.registry;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.casustafel.casefile.Case;
import nl.casustafel.casefile.Client;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantDirectory;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.Clocks;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;
import nl.casustafel.tenant.TenantId;

/**
 * The weekly triage (ZVH practice: referrals before Monday 12:00 are discussed on Tuesday): the
 * queue of undecided referrals and signals for the ZVH's staff, and the case director's decision.
 * Every read of the queue and every decision is in the data-sharing log.
 */
@Stateless
@TenantScoped
public class Triage {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @EJB private CovenantDirectory covenants;
  @Inject private RegistryAudit audit;
  @Inject private CaseOpening opening;
  @EJB private nl.casustafel.conference.Agendas agendas;
  @Inject private DuplicateFinder duplicates;
  @Inject private Clock clock;

  /**
   * The undecided referrals and signals, by triage date, as the decision point lets the user see
   * them.
   *
   * @throws AccessRefused when the user is not ZVH staff of the tenant (logged)
   */
  public List<TriageEntry> queue(CurrentUser user) {
    Instant now = now();
    refuseIf(user, null, PDP.refusalToTriage(user, tenant()), now);
    List<Referral> open =
        em.createQuery(
                "SELECT r FROM Referral r WHERE r.outcome IS NULL"
                    + " ORDER BY r.triageDate, r.receivedAt, r.id",
                Referral.class)
            .setMaxResults(500)
            .getResultList();
    Map<Long, Client> clients = clientsOf(open);
    Optional<Covenant> covenant = covenant(now);
    // A repeat also through a likely duplicate (same BSN, or similar name and birth date).
    java.util.Set<Long> repeats = duplicates.repeats(open, clients);
    List<TriageEntry> shown =
        open.stream()
            .map(r -> entry(user, r, clients, covenant, now, repeats.contains(r.id())))
            .toList();
    audit.listed(user, open, shown, now);
    return shown;
  }

  /** Whether the user sees the triage queue and registers signals (the PDP). */
  public boolean mayTriage(CurrentUser user) {
    return PDP.refusalToTriage(user, tenant()).isEmpty();
  }

  /** Whether the user decides at triage (the PDP: the case director). */
  public boolean mayDecide(CurrentUser user) {
    return PDP.refusalToDirect(user, tenant()).isEmpty();
  }

  /** The partners a case opened now may be led by or invite (the PDP). */
  public java.util.Set<nl.casustafel.partner.PartnerId> invitable() {
    Instant now = now();
    return PDP.invitable(covenant(now), now);
  }

  /**
   * The case director decides a referral once. OPEN_CASE opens the case (see {@link CaseOpening}).
   *
   * @return the reference of the case opened, if any
   * @throws AccessRefused when the user is not the tenant's case director (logged)
   * @throws IllegalArgumentException for an invalid decision (nothing stored)
   * @throws IllegalArgumentException also when the referral was decided before
   */
  public Optional<String> decide(CurrentUser user, long referralId, TriageDecision decision) {
    Instant now = now();
    // Locked: two directors deciding at once must not open two cases.
    Referral referral =
        em.find(Referral.class, referralId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    refuseIf(user, referral, PDP.refusalToDirect(user, tenant()), now);
    if (referral == null) {
      throw new nl.casustafel.casefile.CaseUnknown(); // answered like any unknown id
    }
    if (referral.outcome().isPresent()) {
      throw new IllegalArgumentException("referral: this referral was decided already.");
    }
    referral.decide(decision, user.username(), now);
    Optional<Case> kase =
        decision.outcome() == TriageOutcome.OPEN_CASE
            ? Optional.of(opening.open(user, referral, decision, covenant(now), now))
            : Optional.empty();
    kase.ifPresent(k -> referral.openedCase(k.id().value()));
    em.flush();
    audit.decided(
        user,
        referral,
        kase.map(k -> k.id().value()).orElse(null),
        kase.map(Case::reference).orElse(null),
        now);
    // "Open case, discuss at the next conference": onto the next conference of a series, if any.
    kase.ifPresent(k -> agendas.placeFromTriage(user, k.id()));
    return kase.map(Case::reference);
  }

  private TriageEntry entry(
      CurrentUser user,
      Referral r,
      Map<Long, Client> clients,
      Optional<Covenant> covenant,
      Instant now,
      boolean repeatThroughDuplicate) {
    Optional<Client> client = r.client().map(clients::get);
    return new TriageEntry(
        r.id(),
        r.reference(),
        r.source(),
        r.caseType(),
        r.referrer(),
        r.receivedAt(),
        r.triageDate(),
        r.repeat() || repeatThroughDuplicate,
        client.flatMap(Client::bsnIndex).isPresent(),
        client.map(c -> disclose(user, covenant, DataCategory.IDENTIFYING, now, c::name)),
        client.map(c -> disclose(user, covenant, DataCategory.IDENTIFYING, now, c::dateOfBirth)),
        disclose(
            user,
            covenant,
            DataCategory.SOCIAL,
            now,
            () -> new TriageEntry.Texts(r.reason(), r.goal(), r.partnersToInvite())));
  }

  private <T> Outcome<T> disclose(
      CurrentUser user,
      Optional<Covenant> covenant,
      DataCategory category,
      Instant now,
      java.util.function.Supplier<T> data) {
    return PDP.discloseOnReferral(user, tenant(), covenant, category, now, data);
  }

  private Map<Long, Client> clientsOf(List<Referral> referrals) {
    List<Long> ids = referrals.stream().flatMap(r -> r.client().stream()).distinct().toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("SELECT c FROM Client c WHERE c.id IN :ids", Client.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(Client::id, Function.identity()));
  }

  private void refuseIf(
      CurrentUser user, Referral referral, Optional<Decision.Deny> refusal, Instant now) {
    if (refusal.isPresent()) {
      audit.refused(user, referral, refusal.get(), now);
      throw new AccessRefused(refusal.get());
    }
  }

  private Optional<Covenant> covenant(Instant now) {
    return covenants.inForce(AmsterdamTime.dayOf(now));
  }

  private TenantId tenant() {
    return tenant.current().orElseThrow();
  }

  private Instant now() {
    return Clocks.now(clock);
  }
}
