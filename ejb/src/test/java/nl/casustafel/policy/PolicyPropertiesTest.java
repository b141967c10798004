package nl.casustafel.policy;

import static nl.casustafel.policy.Fixtures.GV;
import static nl.casustafel.policy.Fixtures.NOW;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantMembership;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.MembershipRole;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.Role;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;

/**
 * Over random users, cases, categories, purposes and actions: no combination that one of the
 * covenant's conditions rules out is ever permitted. Each condition is checked here on its own, not
 * by asking the decision point again.
 */
class PolicyPropertiesTest {

  private static final Covenant COVENANT = Fixtures.covenant();
  private static final List<PartnerId> PARTNERS =
      List.of(
          Fixtures.ZVH,
          Fixtures.POLITIE,
          Fixtures.VEILIG_THUIS,
          Fixtures.KWINTES,
          new PartnerId("vng"));

  private final PolicyDecisionPoint pdp = new PolicyDecisionPoint();

  @Property(tries = 3000)
  boolean nothingDenyWorthyIsEverPermitted(@ForAll("requests") AccessRequest request) {
    Decision decision = pdp.decide(request, COVENANT);
    return !decision.permitted() || allConditionsHold(request);
  }

  @Property(tries = 500)
  boolean aPermitAlwaysNamesTheArticleOfTheGrant(@ForAll("requests") AccessRequest request) {
    if (!(pdp.decide(request, COVENANT) instanceof Decision.Permit permit)) {
      return true;
    }
    return membership(request)
        .flatMap(
            m -> m.grantFor(request.category(), request.action().direction(), request.purpose()))
        .map(g -> g.basis().equals(permit.basis()))
        .orElse(false);
  }

  @Property(tries = 1000)
  boolean aCaseThatMayNotBeKnownDisclosesNothing(@ForAll("requests") AccessRequest request) {
    boolean known = pdp.mayKnow(request.user(), GV, request.kase(), request.now());
    return known || !pdp.decide(request, COVENANT).permitted();
  }

  @Property(tries = 1000)
  boolean onlyThoseWhoRunCasesOrTakePartKnowACase(@ForAll("requests") AccessRequest request) {
    if (!pdp.mayKnow(request.user(), GV, request.kase(), request.now())) {
      return true;
    }
    Set<Role> roles = request.user().rolesIn(GV);
    boolean runsCases = roles.contains(Role.CASE_DIRECTOR) || roles.contains(Role.CARE_COORDINATOR);
    Optional<PartnerId> partner = request.user().partner();
    return request.kase().tenant().equals(GV)
        && partner.isPresent()
        && (runsCases
            || roles.contains(Role.PARTNER_MEMBER)
            || roles.contains(Role.PARTNER_COORDINATOR))
        && (request.kase().participating(partner.get(), request.now())
            || runsCases && request.kase().emergencyOpen(request.user().subject(), request.now()));
  }

  private static boolean allConditionsHold(AccessRequest r) {
    Set<Role> roles = r.user().rolesIn(GV);
    boolean runsCases = roles.contains(Role.CASE_DIRECTOR) || roles.contains(Role.CARE_COORDINATOR);
    Optional<PartnerId> partner = r.user().partner();
    Optional<CovenantMembership> membership = membership(r);
    return r.kase().tenant().equals(GV)
        && r.user().isMemberOf(GV)
        && (runsCases
            || roles.contains(Role.PARTNER_MEMBER)
            || roles.contains(Role.PARTNER_COORDINATOR))
        && partner.isPresent()
        && (r.kase().participating(partner.get(), r.now())
            || runsCases && r.kase().emergencyOpen(r.user().subject(), r.now()))
        && membership.isPresent()
        && (membership.get().role() != MembershipRole.AD_HOC
            || r.kase().statementAccepted(partner.get(), r.now()))
        && membership.get().grantFor(r.category(), r.action().direction(), r.purpose()).isPresent();
  }

  private static Optional<CovenantMembership> membership(AccessRequest r) {
    return r.user()
        .partner()
        .flatMap(p -> COVENANT.membershipOf(p, java.time.LocalDate.of(2026, 11, 28)));
  }

  @Provide
  Arbitrary<AccessRequest> requests() {
    return Combinators.combine(
            users(),
            cases(),
            Arbitraries.of(DataCategory.class),
            Arbitraries.of(Purpose.class),
            Arbitraries.of(Action.class))
        .as(
            (user, kase, category, purpose, action) ->
                new AccessRequest(user, GV, kase, category, purpose, action, NOW));
  }

  private Arbitrary<CurrentUser> users() {
    Arbitrary<Optional<PartnerId>> partner = Arbitraries.of(PARTNERS).optional(0.9);
    Arbitrary<Set<Role>> roles = Arbitraries.of(Role.class).set().ofMaxSize(3);
    Arbitrary<TenantId> tenant = Arbitraries.of(GV, Fixtures.FLEVO);
    return Combinators.combine(partner, roles, tenant)
        .as(
            (p, r, t) ->
                new CurrentUser(
                    "sub",
                    "user",
                    "User",
                    p,
                    r.isEmpty() ? Map.of() : Map.of(t, EnumSet.copyOf(r)),
                    false));
  }

  private Arbitrary<CaseFacts> cases() {
    Arbitrary<Participation> participation =
        Combinators.combine(
                Arbitraries.of(PARTNERS),
                moment(),
                moment().injectNull(0.6),
                moment().injectNull(0.6))
            .as(Participation::new);
    Arbitrary<AcceptedStatement> statement =
        Combinators.combine(Arbitraries.of(PARTNERS), moment(), moment())
            .as(AcceptedStatement::new);
    Arbitrary<EmergencyAccess> emergency =
        Combinators.combine(Arbitraries.of("sub", "someone-else"), moment(), moment())
            .as(EmergencyAccess::new);
    return Combinators.combine(
            Arbitraries.of(GV, Fixtures.FLEVO),
            participation.list().ofMaxSize(4),
            statement.list().ofMaxSize(2),
            emergency.list().ofMaxSize(2))
        .as(CaseFacts::new);
  }

  /** Moments around now, so that every before/after/expired combination occurs. */
  private static Arbitrary<Instant> moment() {
    return Arbitraries.longs().between(-7200, 7200).map(NOW::plusSeconds);
  }
}
