package nl.casustafel.conference;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseRecords;
import nl.casustafel.casefile.CaseRecords.Categorised;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.Clocks;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;
import nl.casustafel.tenant.TenantId;

/**
 * Agreements of the plan of approach (afspraken): made at an agenda item, followed up by their
 * owner partner ("Mijn afspraken") and by the case director (due-soon and overdue lists), reviewed
 * at the next conference while still open.
 */
@Stateless
@TenantScoped
public class Agreements {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @Inject private Clock clock;
  @Inject private ConferenceLog log;
  @EJB private CaseRecords records;
  @EJB private Conferences conferences;

  /** Agreements as one reader sees them: per case shown, the records the decision point let by. */
  public record Listing(List<CaseRecords.Shown<CaseRecord>> cases) {}

  /**
   * Makes an agreement at an agenda item; its text is of {@code terms.category()}, which the
   * writer's organisation must be allowed to provide (logged as CREATE). The owner must be a
   * partner with a valid covenant membership.
   *
   * @throws nl.casustafel.policy.AccessRefused for a user who does not keep minutes (logged)
   * @throws IllegalArgumentException for an owner without a valid membership, or a due day in the
   *     past (Amsterdam)
   */
  public CaseRecord.Pact make(CurrentUser user, long itemId, Agreement.Terms terms) {
    log.refuseIf(user, PDP.refusalToKeepMinutes(user, tenant()), "AGREEMENT", now());
    AgendaItem item =
        Optional.ofNullable(em.find(AgendaItem.class, itemId)).orElseThrow(CaseUnknown::new);
    conferences.find(user, item.conference()).requirePlanned();
    LocalDate today = AmsterdamTime.dayOf(now());
    if (terms.dueOn().isBefore(today)) {
      throw new IllegalArgumentException("dueOn must not lie in the past.");
    }
    return records.write(
        user,
        item.kase(),
        terms.category(),
        () -> {
          Agreement agreement = new Agreement(item, terms, user.username(), now());
          em.persist(agreement);
          em.flush();
          return CaseRecord.Pact.of(agreement, today);
        });
  }

  /**
   * Sets an agreement's status (DONE, NOT_POSSIBLE with a reason, NOT_DONE, or OPEN again after
   * NOT_DONE), by a member of the owner partner or a case director. Logged as UPDATE on the case,
   * without the text.
   *
   * @throws nl.casustafel.policy.AccessRefused for anyone else (logged)
   * @throws CaseUnknown for an agreement of a case the user may not know (logged)
   * @throws IllegalStateException for a transition the rule does not allow
   */
  public AgreementStatus change(
      CurrentUser user, long agreementId, AgreementStatus next, String reason) {
    Agreement agreement =
        Optional.ofNullable(em.find(Agreement.class, agreementId)).orElseThrow(CaseUnknown::new);
    records.requireKnown(user, agreement.kase(), Set.of(agreement.category()));
    log.refuseIf(
        user, PDP.refusalToFollowUp(user, tenant(), agreement.owner()), "AGREEMENT_STATUS", now());
    agreement.change(next, reason, user.username(), now());
    em.flush();
    records.acted(user, agreement.kase(), "AGREEMENT " + agreementId + " " + next);
    return next;
  }

  /**
   * "Mijn afspraken": the agreements owned by the user's organisation that are still followed up
   * (OPEN, NOT_DONE), due first; each case's text as the decision point decides (logged).
   */
  public Listing mine(CurrentUser user) {
    String partner = user.partner().map(p -> p.value()).orElse("");
    return listing(
        user,
        em.createQuery(
                "SELECT a FROM Agreement a WHERE a.owner = :partner AND a.status IN :open"
                    + " ORDER BY a.dueOn, a.id",
                Agreement.class)
            .setParameter("partner", partner)
            .setParameter("open", AgreementStatus.followedUp())
            .setMaxResults(500)
            .getResultList());
  }

  /** Whether the user follows up every agreement of the tenant (the case director); no log. */
  public boolean followsUpAll(CurrentUser user) {
    return PDP.refusalToDirect(user, tenant()).isEmpty();
  }

  /**
   * For the case director: every followed-up agreement of the tenant due within {@link
   * DueState#DUE_SOON_DAYS} days or overdue, due first (only cases the director may know show).
   *
   * @throws nl.casustafel.policy.AccessRefused for a user who does not direct cases (logged)
   */
  public Listing dueSoon(CurrentUser user) {
    log.refuseIf(user, PDP.refusalToDirect(user, tenant()), "AGREEMENTS_DUE", now());
    LocalDate until = AmsterdamTime.dayOf(now()).plusDays(DueState.DUE_SOON_DAYS);
    return listing(
        user,
        em.createQuery(
                "SELECT a FROM Agreement a WHERE a.status IN :open AND a.dueOn <= :until"
                    + " ORDER BY a.dueOn, a.id",
                Agreement.class)
            .setParameter("open", AgreementStatus.followedUp())
            .setParameter("until", until)
            .setMaxResults(500)
            .getResultList());
  }

  private Listing listing(CurrentUser user, List<Agreement> found) {
    LocalDate today = AmsterdamTime.dayOf(now());
    Map<CaseId, List<Categorised<CaseRecord>>> wanted = new LinkedHashMap<>();
    for (Agreement a : found) {
      wanted
          .computeIfAbsent(a.kase(), k -> new java.util.ArrayList<>())
          .add(new Categorised<>(a.category(), () -> CaseRecord.Pact.of(a, today)));
    }
    return new Listing(
        records.read(user, wanted, AuditAction.READ).values().stream()
            .collect(Collectors.toList()));
  }

  private TenantId tenant() {
    return tenant.current().orElseThrow();
  }

  private Instant now() {
    return Clocks.now(clock);
  }
}
