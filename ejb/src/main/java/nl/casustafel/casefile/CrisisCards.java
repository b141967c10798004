package nl.casustafel.casefile;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.casustafel.covenant.CovenantDirectory;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.crisis.OnCallRota;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.Action;
import nl.casustafel.policy.Decision;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;

/**
 * Crisis cards (issue #13, part 3). Whoever may know a case reads its card as the covenant grants
 * each category; the ZVH's case directors and care coordinators keep it. Outside the ZVH's office
 * hours a crisis service's member opens the card of any case of the tenant by its reference, with a
 * reason — each opening logged as BREAK_GLASS, its reads marked so, and listed for the auditor.
 */
@Stateless
@TenantScoped
public class CrisisCards {

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @EJB private CovenantDirectory covenants;
  @EJB private OnCallRota rota;
  @Inject private CaseAudit audit;
  @Inject private Clock clock;

  /**
   * The card of a case the user may know; logged (READ, and DENY for what was hidden).
   *
   * @throws CaseUnknown when the user may not know the case (logged)
   */
  public CrisisCardView read(CurrentUser user, CaseId id) {
    CaseGate gate = gate(user);
    Case kase = gate.known(em, id, audit, CrisisCard.CATEGORIES).orElseThrow(CaseUnknown::new);
    CrisisCardView view = CrisisCardView.of(gate, kase, card(id));
    audit.read(gate, kase, view.outcomes());
    return view;
  }

  /**
   * Writes the card (a case director or care coordinator who may know the case and provide its
   * categories).
   *
   * @throws CaseUnknown when the user may not know the case (logged)
   * @throws AccessRefused when the user does not run cases or may not provide a category (logged)
   * @throws IllegalArgumentException naming a field that is too long (nothing stored)
   */
  public void save(CurrentUser user, CaseId id, CrisisCardForm form) {
    CaseGate gate = gate(user);
    Case kase = gate.known(em, id, audit, CrisisCard.CATEGORIES).orElseThrow(CaseUnknown::new);
    Optional<Decision.Deny> keeper = gate.refusalToKeepCrisisCard();
    if (keeper.isPresent()) {
      refuse(gate, kase, keeper.get());
    }
    java.util.Map<DataCategory, Decision> decisions = new java.util.EnumMap<>(DataCategory.class);
    CrisisCard.CATEGORIES.forEach(c -> decisions.put(c, gate.decide(kase, c, Action.CREATE)));
    for (Decision d : decisions.values()) {
      if (d instanceof Decision.Deny deny) {
        refuse(gate, kase, deny);
      }
    }
    CrisisCard card = card(id).orElseGet(() -> new CrisisCard(id));
    card.fill(form, user.username(), gate.now());
    em.persist(card);
    for (DataCategory written :
        List.of(DataCategory.CONTACT, DataCategory.SAFETY, DataCategory.SOCIAL)) {
      audit.created(gate, kase, written, (Decision.Permit) decisions.get(written));
    }
  }

  /**
   * Opens a case's card as a crisis service, outside office hours, with a reason (at least 10
   * visible characters).
   *
   * @throws IllegalArgumentException when the reason is too short or too long
   * @throws CaseUnknown when the tenant has no open case with the reference and a card (logged)
   * @throws AccessRefused when the user is no crisis service's member, or the office is open
   *     (logged)
   */
  public CrisisCardView openInCrisis(CurrentUser user, String reference, String reason) {
    String why = BreakGlass.REASON.check(reason);
    CaseGate gate = gate(user).inCrisis();
    Optional<Case> kase = byReference(reference);
    Optional<Decision.Deny> refusal =
        gate.refusalToOpenInCrisis(crisisService(user), rota.officeHours().openAt(gate.now()));
    if (refusal.isPresent()) {
      audit.refused(
          gate,
          kase.map(c -> c.id().value()).orElse(null),
          kase.orElse(null),
          CrisisCard.CATEGORIES,
          refusal.get());
      throw new AccessRefused(refusal.get());
    }
    // Only a case that is still open and has a card: a crisis service takes over a victim in
    // crisis, it does not browse the tenant's cases by reference.
    kase = kase.filter(c -> c.status() != CaseStatus.CLOSED && card(c.id()).isPresent());
    if (kase.isEmpty()) {
      audit.refused(gate, null, null, CrisisCard.CATEGORIES, gate.unknown());
      throw new CaseUnknown();
    }
    audit.brokeGlass(gate, kase.get(), "crisiskaart: " + why);
    CrisisCardView view = CrisisCardView.of(gate, kase.get(), card(kase.get().id()));
    audit.read(gate, kase.get(), view.outcomes());
    return view;
  }

  /**
   * The id of the tenant's case with the reference (for the ZVH's staff, who know every case of the
   * tenant; reading or writing the card checks the access again).
   */
  public Optional<CaseId> caseWithReference(String reference) {
    return byReference(reference).map(Case::id);
  }

  /** Whether the user runs the tenant's cases (to offer the card's form; the decision point). */
  public boolean mayKeep(CurrentUser user) {
    return gate(user).refusalToKeepCrisisCard().isEmpty();
  }

  /** Whether the user's organisation is a crisis service (18+ or 18-). */
  public boolean crisisService(CurrentUser user) {
    if (user.partner().isEmpty()) {
      return false;
    }
    List<?> rows =
        em.createNativeQuery("SELECT crisis_service FROM partner WHERE id = ?1")
            .setParameter(1, user.partner().get().value())
            .getResultList();
    return rows.stream().anyMatch(java.util.Objects::nonNull);
  }

  private void refuse(CaseGate gate, Case kase, Decision.Deny deny) {
    audit.refused(gate, kase.id().value(), kase, CrisisCard.CATEGORIES, deny);
    throw new AccessRefused(deny);
  }

  private Optional<Case> byReference(String reference) {
    return em.createQuery("SELECT c FROM Casus c WHERE c.reference = :reference", Case.class)
        .setParameter("reference", reference == null ? "" : reference.strip())
        .getResultStream()
        .findFirst();
  }

  private Optional<CrisisCard> card(CaseId id) {
    return em.createQuery("SELECT k FROM CrisisCard k WHERE k.caseId = :id", CrisisCard.class)
        .setParameter("id", id.value())
        .getResultStream()
        .findFirst();
  }

  private CaseGate gate(CurrentUser user) {
    return CaseGate.open(user, tenant, covenants, Purpose.CASE_CONFERENCE, clock);
  }
}
