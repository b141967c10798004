package nl.casustafel.registry;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantDirectory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.Clocks;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;

/**
 * Retention in the request's tenant (storage limitation, AVG art. 5(1)(e); issue "Client-following
 * registry", part 9): the daily destruction list, built from the retention period of the covenant
 * in force ({@link Covenant#retentionMonths()}), reviewed and approved by the ZVH manager, and its
 * execution — every case and person on it deleted in the approval's one transaction, or nothing.
 * Without a covenant in force nothing is due: no rule, no destruction.
 */
@Stateless
@TenantScoped
public class Retention {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @EJB private CovenantDirectory covenants;
  @Inject private RegistryLog events;
  @Inject private Clock clock;

  /**
   * Builds the day's proposal now (the manager's button): the same day's proposal is built again,
   * an older one is superseded.
   *
   * @throws AccessRefused when the user is not the tenant's ZVH manager (logged)
   */
  public DestructionProposal build(CurrentUser user) {
    Instant now = now();
    refuseIf(user, PDP.refusalToApproveDestruction(user, tenant()), now, "destruction list");
    DestructionList list = buildAt(now);
    DestructionProposal proposal = proposalOf(list);
    String what =
        "retention: list "
            + list.id()
            + " built cases="
            + proposal.cases().size()
            + " persons="
            + proposal.persons();
    events.append(
        events
            .event(user, Purpose.CASE_CONFERENCE, now)
            .action(AuditAction.CREATE)
            .reason(what)
            .build());
    return proposal;
  }

  /**
   * The daily job's build: a proposal for today unless the tenant already has a list for today.
   *
   * @return the new list's id, or empty when today already had one
   */
  public Optional<Long> buildDaily() {
    Instant now = now();
    if (queries().hasListFor(AmsterdamTime.dayOf(now))) {
      return Optional.empty();
    }
    return Optional.of(buildAt(now).id());
  }

  /**
   * The current proposal, if any: references and dates, no names.
   *
   * @throws AccessRefused when the user is not the tenant's ZVH manager (logged)
   */
  public Optional<DestructionProposal> proposal(CurrentUser user) {
    refuseIf(user, PDP.refusalToApproveDestruction(user, tenant()), now(), "destruction list");
    return queries().proposals().stream().findFirst().map(this::proposalOf);
  }

  /**
   * Approves the proposal and executes it in this one transaction: a failure half-way rolls back
   * every deletion. Each entry is judged again at this instant: a case reopened since, or a person
   * with a new signal, is kept.
   *
   * @throws CaseUnknown when the tenant has no such list (404)
   * @throws IllegalArgumentException when the list is no longer a proposal
   * @throws AccessRefused when the user is not the tenant's ZVH manager (logged)
   */
  public DestructionResult approve(CurrentUser user, long listId) {
    Instant now = now();
    refuseIf(user, PDP.refusalToApproveDestruction(user, tenant()), now, "destruction approval");
    DestructionList list =
        Optional.ofNullable(em.find(DestructionList.class, listId, LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(CaseUnknown::new);
    list.approve(user.username(), now);
    DestructionResult result =
        new DestructionExecution(em, queries(), destructions(), rule(now), now)
            .run(list.id(), user.username());
    list.executed(now);
    String what =
        "retention: list "
            + listId
            + " approved and executed cases="
            + result.cases()
            + " persons="
            + result.persons();
    events.append(
        events
            .event(user, Purpose.CASE_CONFERENCE, now)
            .action(AuditAction.UPDATE)
            .reason(what)
            .build());
    return result;
  }

  /**
   * The yearly figures: cases held plus cases destroyed, per year of opening, type and form.
   *
   * @throws AccessRefused when the user is neither the ZVH manager nor the auditor (logged)
   */
  public List<YearlyFigure> figures(CurrentUser user) {
    refuseIf(user, PDP.refusalToReadFigures(user, tenant()), now(), "yearly figures");
    RetentionQueries q = queries();
    return YearlyFigures.of(
        q.heldCases(), q.destroyedCounts().stream().map(DestroyedCount::figure).toList());
  }

  /** Whether the user manages retention (to offer the screen; the PDP). */
  public boolean mayApprove(CurrentUser user) {
    return PDP.refusalToApproveDestruction(user, tenant()).isEmpty();
  }

  /** Whether the user reads the yearly figures (to offer them on the screen; the PDP). */
  public boolean mayReadFigures(CurrentUser user) {
    return PDP.refusalToReadFigures(user, tenant()).isEmpty();
  }

  private DestructionList buildAt(Instant now) {
    LocalDate today = AmsterdamTime.dayOf(now);
    DestructionList list = null;
    for (DestructionList proposed : queries().proposals()) {
      if (list == null && proposed.builtForDay().equals(today)) {
        list = proposed;
        list.rebuiltAt(now);
        destructions().clearEntries(list.id());
      } else {
        proposed.supersede();
        destructions().clearEntries(proposed.id());
      }
    }
    if (list == null) {
      list = new DestructionList(now, today);
      em.persist(list);
      em.flush();
    }
    DestructionPlan plan = plan(now);
    long id = list.id();
    plan.cases().forEach(d -> em.persist(DestructionEntry.ofCase(id, d)));
    plan.clients().forEach(c -> em.persist(DestructionEntry.ofClient(id, c)));
    em.flush();
    return list;
  }

  private DestructionPlan plan(Instant now) {
    Optional<RetentionRule> rule = rule(now);
    if (rule.isEmpty()) {
      return new DestructionPlan(List.of(), List.of());
    }
    RetentionQueries q = queries();
    return DestructionPlan.of(q.heldCases(), q.clientsWaiting(), rule.get(), now);
  }

  private Optional<RetentionRule> rule(Instant now) {
    return covenants
        .inForce(AmsterdamTime.dayOf(now))
        .map(c -> new RetentionRule(RetentionPeriod.ofMonths(c.retentionMonths())));
  }

  private DestructionProposal proposalOf(DestructionList list) {
    List<DestructionEntry> entries = queries().entries(list.id());
    List<DestructionItem> cases =
        entries.stream()
            .filter(e -> e.kind() == DestructionKind.CASE)
            .map(DestructionEntry::item)
            .toList();
    int persons = (int) entries.stream().filter(e -> e.kind() == DestructionKind.CLIENT).count();
    return new DestructionProposal(list.id(), list.builtAt(), list.builtForDay(), cases, persons);
  }

  private void refuseIf(
      CurrentUser user, Optional<Decision.Deny> refusal, Instant now, String what) {
    events.refuseIf(user, refusal, null, what, Purpose.CASE_CONFERENCE, now);
  }

  private RetentionQueries queries() {
    return new RetentionQueries(em);
  }

  private Destructions destructions() {
    return new Destructions(new TenantBulk(em, tenantId()));
  }

  private nl.casustafel.tenant.TenantId tenant() {
    return tenant.current().orElseThrow();
  }

  private String tenantId() {
    return tenant().value();
  }

  private Instant now() {
    return Clocks.now(clock);
  }
}
