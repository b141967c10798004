package nl.casustafel.casefile;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantDirectory;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.AccessRequest;
import nl.casustafel.policy.Action;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;
import nl.casustafel.policy.Unchecked;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.tenant.TenantId;

/**
 * The policy decision point as one service call sees it: one user, tenant, covenant, purpose and
 * moment. Lives for one call only, so nothing it decides outlives the request.
 */
final class CaseGate {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  private final CurrentUser user;
  private final TenantId tenant;
  private final Optional<Covenant> covenant;
  private final Purpose purpose;
  private final Instant now;
  private final boolean crisis;

  /** The benchmark's baseline answers; null (always, outside ./casustafel bench): the PDP's. */
  private final Unchecked unchecked;

  CaseGate(
      CurrentUser user,
      TenantId tenant,
      Optional<Covenant> covenant,
      Purpose purpose,
      Instant now) {
    this(user, tenant, covenant, purpose, now, false, null);
  }

  private CaseGate(
      CurrentUser user,
      TenantId tenant,
      Optional<Covenant> covenant,
      Purpose purpose,
      Instant now,
      boolean crisis,
      Unchecked unchecked) {
    this.user = user;
    this.tenant = tenant;
    this.covenant = covenant;
    this.purpose = purpose;
    this.now = now;
    this.crisis = crisis;
    this.unchecked = unchecked;
  }

  /**
   * The gate of a crisis service opening a crisis card (issue #13, part 3): purpose
   * SAFETY_ASSESSMENT, each category as {@link PolicyDecisionPoint#discloseInCrisis} decides, and
   * every event marked like break-the-glass.
   */
  CaseGate inCrisis() {
    return new CaseGate(user, tenant, covenant, Purpose.SAFETY_ASSESSMENT, now, true, null);
  }

  /**
   * The benchmark's baseline (issue #14, {@code nl.casustafel.shared.BaselineRequest}): the same
   * reads without the decision point, and (see {@link #unchecked()}) without the log write.
   */
  CaseGate withoutDecisionPoint(Unchecked baseline) {
    return new CaseGate(user, tenant, covenant, purpose, now, false, baseline);
  }

  /** Whether this is the benchmark's baseline: {@link CaseAudit} writes nothing for it. */
  boolean unchecked() {
    return unchecked != null;
  }

  /** Why the user may not open a crisis card now, or empty (the PDP). */
  Optional<Decision.Deny> refusalToOpenInCrisis(boolean crisisService, boolean officeOpen) {
    return PDP.refusalToOpenInCrisis(user, tenant, crisisService, officeOpen);
  }

  /** Why the user may not keep a crisis card, or empty (the PDP). */
  Optional<Decision.Deny> refusalToKeepCrisisCard() {
    return PDP.refusalToKeepCrisisCard(user, tenant);
  }

  /** The refusal for a case that does not exist (the PDP). */
  Decision.Deny unknown() {
    return PDP.unknown();
  }

  /** The gate for a call made now by the clock, under the covenant in force today (Amsterdam). */
  static CaseGate open(
      CurrentUser user,
      TenantContext tenant,
      CovenantDirectory covenants,
      Purpose purpose,
      Clock clock) {
    // Microseconds: what the database keeps, so a returned time equals the stored one.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return new CaseGate(
        user,
        tenant.current().orElseThrow(),
        covenants.inForce(AmsterdamTime.dayOf(now)),
        purpose,
        now);
  }

  /**
   * The legal basis as the log keeps it: the articles, preceded by the covenant version they are
   * articles of ("v2: art. 5,art. 5.3"), so that a disclosure keeps citing the version it rested on
   * after a newer one takes force (issue #15, part 4). Blank stays blank (a refusal has none).
   */
  String cited(String articles) {
    if (articles == null || articles.isBlank()) {
      return articles;
    }
    return covenant.map(c -> "v" + c.version() + ": " + articles).orElse(articles);
  }

  /**
   * The case if the user may know it. Otherwise — whether it exists or not — empty, and the attempt
   * is logged as a DENY with the decision point's reason.
   */
  Optional<Case> known(EntityManager em, CaseId id, CaseAudit audit, Set<DataCategory> categories) {
    Optional<Case> kase = Optional.ofNullable(em.find(Case.class, id.value()));
    if (unchecked()) {
      return kase;
    }
    Optional<Decision.Deny> refusal = PDP.refusalToKnow(user, tenant, kase.map(Case::facts), now);
    if (refusal.isEmpty()) {
      return kase;
    }
    audit.refused(this, id.value(), kase.orElse(null), categories, refusal.get());
    return Optional.empty();
  }

  /** Why the user may not invite or revoke partners here, or empty (the PDP). */
  Optional<Decision.Deny> refusalToDirect() {
    return PDP.refusalToDirect(user, tenant);
  }

  /** Why the user may not break the glass on this case (null: no such case), or empty. */
  Optional<Decision.Deny> refusalToBreakGlass(Case kase) {
    return PDP.refusalToBreakGlass(user, tenant, Optional.ofNullable(kase).map(Case::facts), now);
  }

  /** Why the user may not sign a confidentiality statement, or empty (the PDP). */
  Optional<Decision.Deny> refusalToSignStatement() {
    return PDP.refusalToSignStatement(user, tenant, covenant, now);
  }

  /** The partners that may be invited to a case now (the PDP). */
  Set<PartnerId> invitable() {
    return PDP.invitable(covenant, now);
  }

  boolean mayBreakGlass() {
    return PDP.mayBreakGlass(user, tenant);
  }

  CurrentUser user() {
    return user;
  }

  Purpose purpose() {
    return purpose;
  }

  Instant now() {
    return now;
  }

  boolean mayKnow(Case kase) {
    return unchecked() || PDP.mayKnow(user, tenant, kase.facts(), now);
  }

  /** Whether the user sees the case only by breaking the glass (the log marks it). */
  boolean viaBreakGlass(Case kase) {
    return crisis || (!unchecked() && PDP.viaBreakGlass(user, tenant, kase.facts(), now));
  }

  /** Whether the user may know any case here at all (the PDP's user-level part of mayKnow). */
  boolean mayKnowCases() {
    return unchecked() ? user.partner().isPresent() : PDP.mayKnowCases(user, tenant);
  }

  boolean runsCases() {
    return PDP.runsCases(user, tenant);
  }

  boolean directsCases() {
    return PDP.directsCases(user, tenant);
  }

  Decision decide(Case kase, DataCategory category, Action action) {
    if (unchecked()) {
      return unchecked.permit();
    }
    return PDP.decide(request(kase, category, action), covenant);
  }

  <T> Outcome<T> read(Case kase, DataCategory category, Supplier<T> data) {
    if (unchecked()) {
      return unchecked.disclose(category, data);
    }
    AccessRequest request = request(kase, category, Action.READ);
    return crisis
        ? PDP.discloseInCrisis(request, covenant, data)
        : PDP.disclose(request, covenant, data);
  }

  private AccessRequest request(Case kase, DataCategory category, Action action) {
    return new AccessRequest(user, tenant, kase.facts(), category, purpose, action, now);
  }
}
