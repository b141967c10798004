package nl.casustafel.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.casustafel.covenant.ArticleRef;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantMembership;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.Grant;
import nl.casustafel.covenant.MembershipRole;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.Role;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.tenant.TenantId;

/**
 * Decides, for one {@link AccessRequest} under the tenant's {@link Covenant}, whether a category of
 * a case's information may be read or provided. No decision is cached: revocation and expiry count
 * from the very next request.
 *
 * <p>Rules: the case must belong to the active tenant and the user must work in it. Partner members
 * and the ZVH's case directors and care coordinators see the cases their own organisation actively
 * takes part in, under a valid membership, after a confidentiality statement when their partner is
 * ad hoc; a case director or care coordinator may also open any other case of the tenant by
 * breaking the glass (time-boxed, with a reason). Either way the category must be granted, for the
 * purpose and direction, by the membership of the user's partner. Managers, municipal liaisons,
 * auditors and platform administrators never see case content — except the ZVH manager's
 * data-subject access report (AVG art. 15, {@link #refusalToReportSubject}). Any failure while
 * deciding is a DENY.
 */
public final class PolicyDecisionPoint {

  private static final Logger LOG = Logger.getLogger(PolicyDecisionPoint.class.getName());
  private static final Set<Role> RUNS_CASES = EnumSet.of(Role.CASE_DIRECTOR, Role.CARE_COORDINATOR);
  private static final Set<Role> REFERS =
      EnumSet.of(
          Role.PARTNER_MEMBER,
          Role.PARTNER_COORDINATOR,
          Role.MUNICIPAL_LIAISON,
          Role.CASE_DIRECTOR,
          Role.CARE_COORDINATOR);
  private static final Set<Role> SHARES_AS_PARTNER =
      EnumSet.of(Role.PARTNER_MEMBER, Role.PARTNER_COORDINATOR);

  /** The decision; never throws. */
  public Decision decide(AccessRequest request, Covenant covenant) {
    try {
      return evaluate(request, covenant);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Policy decision failed; denied", e);
      return new Decision.Deny(DenyReason.POLICY_ERROR);
    }
  }

  /** The data, if permitted, wrapped with its legal basis; the decision either way. */
  public <T> Outcome<T> disclose(AccessRequest request, Covenant covenant, Supplier<T> data) {
    Decision decision = decide(request, covenant);
    if (decision instanceof Decision.Permit permit) {
      return new Outcome<>(
          request.category(), decision, Optional.of(new Disclosed<>(data.get(), permit.basis())));
    }
    return new Outcome<>(request.category(), decision, Optional.empty());
  }

  /** A decision on one category and, only when permitted, the disclosed data. */
  public record Outcome<T>(
      DataCategory category, Decision decision, Optional<Disclosed<T>> disclosed) {

    /** The data when disclosed; otherwise {@code hidden}. */
    public T orElse(T hidden) {
      return disclosed.map(Disclosed::value).orElse(hidden);
    }
  }

  /**
   * Whether the user may know that the case exists at all (see it listed, open it): the case is of
   * the active tenant, the user runs cases there or is a partner member whose partner actively
   * participates. What of it may be shown is then decided per category. Never throws.
   */
  public boolean mayKnow(CurrentUser user, TenantId activeTenant, CaseFacts kase, Instant now) {
    try {
      return caseRefusal(user, activeTenant, kase, now).isEmpty();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Policy decision failed; case hidden", e);
      return false;
    }
  }

  /**
   * Whether the user knows the case only because they broke the glass: they run cases, their own
   * organisation is not on it, and their emergency opening is still valid.
   */
  public boolean viaBreakGlass(
      CurrentUser user, TenantId activeTenant, CaseFacts kase, Instant now) {
    return mayKnow(user, activeTenant, kase, now)
        && user.partner().map(p -> !kase.participating(p, now)).orElse(false);
  }

  /**
   * Why the user may not know the case, or empty when they may. A case that does not exist ({@code
   * kase} empty) is {@link DenyReason#CASE_UNKNOWN}; callers answer both alike. Never throws.
   */
  public Optional<Decision.Deny> refusalToKnow(
      CurrentUser user, TenantId activeTenant, Optional<CaseFacts> kase, Instant now) {
    if (kase.isEmpty()) {
      return Optional.of(new Decision.Deny(DenyReason.CASE_UNKNOWN));
    }
    try {
      return caseRefusal(user, activeTenant, kase.get(), now).map(Decision.Deny::new);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Policy decision failed; case hidden", e);
      return Optional.of(new Decision.Deny(DenyReason.POLICY_ERROR));
    }
  }

  /** Why the user may not invite or revoke partners on cases of the tenant, or empty. */
  public Optional<Decision.Deny> refusalToDirect(CurrentUser user, TenantId activeTenant) {
    return directsCases(user, activeTenant)
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_CASE_DIRECTOR));
  }

  /**
   * Why the user may not open the case by breaking the glass, or empty: only those who run cases
   * may, on a case of the active tenant. A case the user may not know otherwise stays unknown
   * ({@link DenyReason#NOT_PARTICIPATING}) to those who may not break the glass.
   */
  public Optional<Decision.Deny> refusalToBreakGlass(
      CurrentUser user, TenantId activeTenant, Optional<CaseFacts> kase, Instant now) {
    if (kase.isEmpty() || !kase.get().tenant().equals(activeTenant)) {
      return Optional.of(new Decision.Deny(DenyReason.CASE_UNKNOWN));
    }
    if (runsCases(user, activeTenant)) {
      return Optional.empty();
    }
    return Optional.of(
        new Decision.Deny(
            mayKnow(user, activeTenant, kase.get(), now)
                ? DenyReason.BREAK_GLASS_NOT_ALLOWED
                : DenyReason.NOT_PARTICIPATING));
  }

  /** Whether the user may break the glass on cases of the tenant at all (to offer the form). */
  public boolean mayBreakGlass(CurrentUser user, TenantId activeTenant) {
    return runsCases(user, activeTenant);
  }

  /**
   * Why the user may not sign a confidentiality statement for a case, or empty: only a partner
   * member whose organisation is an ad-hoc partner under the covenant in force signs one.
   */
  public Optional<Decision.Deny> refusalToSignStatement(
      CurrentUser user, TenantId activeTenant, Optional<Covenant> covenant, Instant now) {
    LocalDate today = AmsterdamTime.dayOf(now);
    boolean adHoc =
        user.partner()
            .flatMap(p -> covenant.flatMap(c -> c.membershipOf(p, today)))
            .map(m -> m.role() == MembershipRole.AD_HOC)
            .orElse(false);
    return adHoc && !runsCases(user, activeTenant)
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_AN_AD_HOC_PARTNER));
  }

  /**
   * The partners a case director may invite now: those with a membership of the covenant in force
   * that is valid today (an unsigned partner gets nothing, so it cannot be invited either).
   */
  public Set<PartnerId> invitable(Optional<Covenant> covenant, Instant now) {
    LocalDate today = AmsterdamTime.dayOf(now);
    return covenant.stream()
        .flatMap(c -> c.memberships().stream())
        .filter(m -> m.validOn(today))
        .map(CovenantMembership::partner)
        .collect(
            java.util.stream.Collectors.toCollection(
                () -> new java.util.TreeSet<>(java.util.Comparator.comparing(PartnerId::value))));
  }

  /**
   * Why the user may not read the tenant's data-sharing log, or empty: only the tenant's AUDITOR
   * (the functionaris gegevensbescherming) reads it; the log never holds case content.
   */
  public Optional<Decision.Deny> refusalToReadLog(CurrentUser user, TenantId activeTenant) {
    return user.rolesIn(activeTenant).contains(Role.AUDITOR)
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_AUDITOR));
  }

  /**
   * The decision under the covenant in force, if there is one; without a covenant nobody has a
   * valid membership. Never throws.
   */
  public Decision decide(AccessRequest request, Optional<Covenant> covenant) {
    return covenant
        .map(c -> decide(request, c))
        .orElseGet(() -> new Decision.Deny(DenyReason.NO_VALID_MEMBERSHIP));
  }

  /** {@link #disclose(AccessRequest, Covenant, Supplier)} under the covenant in force, if any. */
  public <T> Outcome<T> disclose(
      AccessRequest request, Optional<Covenant> covenant, Supplier<T> data) {
    return covenant
        .map(c -> disclose(request, c, data))
        .orElseGet(
            () ->
                new Outcome<>(
                    request.category(),
                    new Decision.Deny(DenyReason.NO_VALID_MEMBERSHIP),
                    Optional.empty()));
  }

  /**
   * Why the user may not refer a case (aanmelding) to the tenant's ZVH, or empty: a partner member,
   * municipal liaison, case director or care coordinator of the tenant whose organisation has a
   * membership of the covenant in force, valid today (Amsterdam). Managers, auditors and platform
   * administrators refer nothing. Never throws.
   */
  public Optional<Decision.Deny> refusalToRefer(
      CurrentUser user, TenantId activeTenant, Optional<Covenant> covenant, Instant now) {
    if (!user.isMemberOf(activeTenant)) {
      return Optional.of(new Decision.Deny(DenyReason.NOT_IN_TENANT));
    }
    if (user.rolesIn(activeTenant).stream().noneMatch(REFERS::contains)) {
      return Optional.of(new Decision.Deny(DenyReason.NOT_A_REFERRER));
    }
    LocalDate today = AmsterdamTime.dayOf(now);
    boolean signed =
        user.partner().flatMap(p -> covenant.flatMap(c -> c.membershipOf(p, today))).isPresent();
    return signed
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NO_VALID_MEMBERSHIP));
  }

  /**
   * Why the user may not register signals or see the triage queue, or empty: the ZVH's case
   * directors and care coordinators only (deciding is the case director's: {@link
   * #refusalToDirect}).
   */
  public Optional<Decision.Deny> refusalToTriage(CurrentUser user, TenantId activeTenant) {
    return runsCases(user, activeTenant) && user.partner().isPresent()
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_ZVH_STAFF));
  }

  /**
   * Whether one category of a referred person (not yet a case of the reader's organisation) may be
   * shown to ZVH staff at triage: they must be allowed to triage, and their organisation's
   * membership must grant receiving the category for the purpose — that grant is the legal basis.
   * Never throws.
   */
  public Decision decideOnReferral(
      CurrentUser user,
      TenantId activeTenant,
      Optional<Covenant> covenant,
      DataCategory category,
      Purpose purpose,
      Instant now) {
    try {
      Optional<Decision.Deny> refusal = refusalToTriage(user, activeTenant);
      if (refusal.isPresent()) {
        return refusal.get();
      }
      LocalDate today = AmsterdamTime.dayOf(now);
      return covenant
          .filter(c -> c.tenant().equals(activeTenant))
          .flatMap(c -> c.membershipOf(user.partner().orElseThrow(), today))
          .flatMap(m -> m.grantFor(category, Direction.RECEIVE, purpose))
          .<Decision>map(g -> new Decision.Permit(g.basis()))
          .orElseGet(() -> new Decision.Deny(DenyReason.CATEGORY_NOT_GRANTED));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Policy decision failed; denied", e);
      return new Decision.Deny(DenyReason.POLICY_ERROR);
    }
  }

  /** {@link #decideOnReferral} and, only when permitted, the data with its legal basis. */
  public <T> Outcome<T> discloseOnReferral(
      CurrentUser user,
      TenantId activeTenant,
      Optional<Covenant> covenant,
      DataCategory category,
      Instant now,
      Supplier<T> data) {
    Decision decision =
        decideOnReferral(user, activeTenant, covenant, category, Purpose.CASE_CONFERENCE, now);
    return new Outcome<>(
        category,
        decision,
        decision instanceof Decision.Permit permit
            ? Optional.of(new Disclosed<>(data.get(), permit.basis()))
            : Optional.empty());
  }

  /**
   * Why the user may not import a GCOS export into the tenant, or empty: its ZVH manager only, who
   * runs the tenant (and who never reads case content through the import: its report holds none).
   */
  public Optional<Decision.Deny> refusalToImport(CurrentUser user, TenantId activeTenant) {
    return user.rolesIn(activeTenant).contains(Role.ZVH_MANAGER) && user.partner().isPresent()
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_ZVH_MANAGER));
  }

  /**
   * Why the user may not make a data-subject access report (AVG art. 15) about a person of the
   * tenant, or empty: its ZVH manager only, on behalf of the ZVH as the controller that must answer
   * the request. This is the one documented exception to "managers never see case content": the
   * report holds everything about one person, for {@link Purpose#DATA_SUBJECT_ACCESS}, and is
   * itself logged (EXPORT). Never throws.
   */
  public Optional<Decision.Deny> refusalToReportSubject(CurrentUser user, TenantId activeTenant) {
    return refusalToImport(user, activeTenant);
  }

  /**
   * Why the user may not review, build or approve the tenant's destruction list, or empty: its ZVH
   * manager only (retention, AVG art. 5(1)(e); issue "Client-following registry", part 9). The list
   * shows case references and dates, never a person's name.
   */
  public Optional<Decision.Deny> refusalToApproveDestruction(
      CurrentUser user, TenantId activeTenant) {
    return refusalToImport(user, activeTenant);
  }

  /**
   * Why the user may not read the tenant's yearly figures, or empty: the ZVH manager and the
   * auditor. The figures are counts per year, case type and exploitation form: no personal data.
   */
  public Optional<Decision.Deny> refusalToReadFigures(CurrentUser user, TenantId activeTenant) {
    Set<Role> roles = user.rolesIn(activeTenant);
    return roles.contains(Role.AUDITOR) || refusalToImport(user, activeTenant).isEmpty()
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_ZVH_MANAGER));
  }

  /**
   * Why the user may not see the tenant's conferences (title, time, place, attendance; never case
   * content), or empty: every member of the tenant.
   */
  public Optional<Decision.Deny> refusalToSeeConferences(CurrentUser user, TenantId activeTenant) {
    return user.isMemberOf(activeTenant)
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_IN_TENANT));
  }

  /**
   * Why the user may not plan, move or cancel the tenant's conferences and series, or empty: the
   * ZVH manager and the case directors (DOMAIN: "conference schedule").
   */
  public Optional<Decision.Deny> refusalToPlanConferences(CurrentUser user, TenantId activeTenant) {
    Set<Role> roles = user.rolesIn(activeTenant);
    return roles.contains(Role.ZVH_MANAGER) || roles.contains(Role.CASE_DIRECTOR)
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_CONFERENCE_PLANNER));
  }

  /**
   * Why the user may not keep the minutes and attendance of a conference, or empty: those who run
   * the tenant's cases (case directors, care coordinators) of an organisation.
   */
  public Optional<Decision.Deny> refusalToKeepMinutes(CurrentUser user, TenantId activeTenant) {
    return refusalToTriage(user, activeTenant)
        .map(d -> new Decision.Deny(DenyReason.NOT_CASE_DIRECTOR));
  }

  /**
   * Why the user may not set the status of an agreement owned by {@code owner}, or empty: a member
   * of the owner partner, or a case director of the tenant.
   */
  public Optional<Decision.Deny> refusalToFollowUp(
      CurrentUser user, TenantId activeTenant, PartnerId owner) {
    boolean ownOrganisation =
        user.isMemberOf(activeTenant) && user.partner().filter(owner::equals).isPresent();
    return ownOrganisation || directsCases(user, activeTenant)
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_AGREEMENT_OWNER));
  }

  /**
   * Why the user may not keep the platform's tenants (onboard, suspend, resume), or empty: the
   * platform admin only, who sees a tenant's name, status and set-up but never its case content
   * (DOMAIN.md, roles; issue #15, part 1).
   */
  public Optional<Decision.Deny> refusalToKeepTenants(CurrentUser user) {
    return user.platformAdmin()
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_PLATFORM_ADMIN));
  }

  /**
   * Why the user may not keep the tenant's partners, people and covenant versions, or empty: its
   * ZVH manager, who runs the tenant (issue #15, parts 2–4). A partner's member never changes the
   * covenant.
   */
  public Optional<Decision.Deny> refusalToKeepTenant(CurrentUser user, TenantId activeTenant) {
    return refusalToImport(user, activeTenant);
  }

  /**
   * Why the user may not keep the people of {@code organisation} in the tenant (invite them, grant
   * and take away their roles), or empty: the tenant's ZVH manager for every organisation, a
   * partner's coordinator for their own organisation only (issue #15, part 3).
   */
  public Optional<Decision.Deny> refusalToKeepPeopleOf(
      CurrentUser user, TenantId activeTenant, Optional<PartnerId> organisation) {
    boolean coordinatesIt =
        user.rolesIn(activeTenant).contains(Role.PARTNER_COORDINATOR)
            && user.partner().isPresent()
            && user.partner().equals(organisation);
    return coordinatesIt ? Optional.empty() : refusalToKeepTenant(user, activeTenant);
  }

  /**
   * Why the user may not read the tenant's progress report (voortgangsrapportage) with every figure
   * exact, or export it suppressed, or the CoMensha export, or empty: the ZVH's own staff — its
   * manager, case directors and care coordinators (issue #13, parts 4 and 6). Counts only, never a
   * person; what leaves the ZVH is suppressed below k or anonymised by the caller.
   */
  public Optional<Decision.Deny> refusalToReadProgress(CurrentUser user, TenantId activeTenant) {
    Set<Role> roles = user.rolesIn(activeTenant);
    return roles.contains(Role.ZVH_MANAGER) || runsCases(user, activeTenant)
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_ZVH_STAFF));
  }

  /**
   * Why the user may not follow a municipality (its suppressed figures, the advertisement reviews
   * handed to it, its own signals), or empty: the municipality's aandachtfunctionaris, a municipal
   * liaison of the partner that is that municipality (issue #13, part 5).
   *
   * @param partnersMunicipality the municipality the user's partner is, if it is one
   */
  public Optional<Decision.Deny> refusalToFollowMunicipality(
      CurrentUser user, TenantId activeTenant, Optional<String> partnersMunicipality) {
    return user.rolesIn(activeTenant).contains(Role.MUNICIPAL_LIAISON)
            && user.partner().isPresent()
            && partnersMunicipality.isPresent()
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_MUNICIPAL_LIAISON));
  }

  /**
   * Why the user may not record advertisement reviews or hand them over, or empty: the
   * ketenregisseur, a case director of the tenant (issue #13, part 2).
   */
  public Optional<Decision.Deny> refusalToReviewAdvertisements(
      CurrentUser user, TenantId activeTenant) {
    return directsCases(user, activeTenant) && user.partner().isPresent()
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_CASE_DIRECTOR));
  }

  /**
   * Why the user may not see a review handed to a partner, or empty: the municipal liaison or a
   * partner member of an organisation it was handed to (the municipality, then possibly the
   * police).
   *
   * @param handedTo the partners the review was handed to
   */
  public Optional<Decision.Deny> refusalToSeeHandedReview(
      CurrentUser user, TenantId activeTenant, Set<PartnerId> handedTo) {
    Set<Role> roles = user.rolesIn(activeTenant);
    boolean receives =
        roles.contains(Role.MUNICIPAL_LIAISON)
            || roles.stream().anyMatch(SHARES_AS_PARTNER::contains);
    return receives && user.partner().filter(handedTo::contains).isPresent()
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_PARTICIPATING));
  }

  /**
   * Why the user may not open a case's crisis card as a crisis service, or empty: a partner member
   * of a crisis service (18+ or 18-), outside the ZVH's office hours, when the crisis services take
   * the victim over (issue #13, part 3). The card's categories are then decided by {@link
   * #discloseInCrisis}; the opening is logged like break-the-glass.
   *
   * @param crisisService whether the user's partner is a crisis service
   * @param officeOpen whether the ZVH's office is open now
   */
  public Optional<Decision.Deny> refusalToOpenInCrisis(
      CurrentUser user, TenantId activeTenant, boolean crisisService, boolean officeOpen) {
    boolean member =
        user.rolesIn(activeTenant).stream().anyMatch(SHARES_AS_PARTNER::contains)
            && user.partner().isPresent();
    return member && crisisService && !officeOpen
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_IN_CRISIS_SERVICE_HOURS));
  }

  /**
   * A category of a crisis card read by a crisis service, whether or not its organisation takes
   * part in the case: granted only as the partner's signed membership lets it RECEIVE the category
   * for {@link Purpose#SAFETY_ASSESSMENT}. Ask {@link #refusalToOpenInCrisis} first. Never throws.
   */
  public <T> Outcome<T> discloseInCrisis(
      AccessRequest request, Optional<Covenant> covenant, Supplier<T> data) {
    Decision decision;
    try {
      decision = inCrisis(request, covenant);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Policy decision failed; denied", e);
      decision = deny(DenyReason.POLICY_ERROR);
    }
    return new Outcome<>(
        request.category(),
        decision,
        decision instanceof Decision.Permit permit
            ? Optional.of(new Disclosed<>(data.get(), permit.basis()))
            : Optional.empty());
  }

  private Decision inCrisis(AccessRequest request, Optional<Covenant> covenant) {
    if (!request.kase().tenant().equals(request.activeTenant())) {
      return deny(DenyReason.CASE_OF_OTHER_TENANT);
    }
    if (covenant.isEmpty() || request.user().partner().isEmpty()) {
      return deny(DenyReason.NO_VALID_MEMBERSHIP);
    }
    LocalDate today = AmsterdamTime.dayOf(request.now());
    Optional<CovenantMembership> membership =
        covenant.get().membershipOf(request.user().partner().get(), today);
    if (membership.isEmpty()) {
      return deny(DenyReason.NO_VALID_MEMBERSHIP);
    }
    return membership
        .get()
        .grantFor(request.category(), Direction.RECEIVE, Purpose.SAFETY_ASSESSMENT)
        .map(Grant::basis)
        .<Decision>map(Decision.Permit::new)
        .orElseGet(
            () ->
                new Decision.Deny(
                    DenyReason.CATEGORY_NOT_GRANTED, membership.get().article().orElse(null)));
  }

  /**
   * Why the user may not keep the on-call rota and the office hours, or empty: the ZVH manager, the
   * case directors and the care coordinators (issue #13, part 3). Every member reads the rota.
   */
  public Optional<Decision.Deny> refusalToKeepRota(CurrentUser user, TenantId activeTenant) {
    return user.rolesIn(activeTenant).contains(Role.ZVH_MANAGER) || runsCases(user, activeTenant)
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_ZVH_STAFF));
  }

  /**
   * Why the user may not enrich or forward an advertisement review, or empty: the municipal liaison
   * of the municipality it was handed to (issue #13, part 2).
   *
   * @param municipality the partner the review was handed to as its municipality, if any
   */
  public Optional<Decision.Deny> refusalToStepReview(
      CurrentUser user, TenantId activeTenant, Optional<PartnerId> municipality) {
    return user.rolesIn(activeTenant).contains(Role.MUNICIPAL_LIAISON)
            && user.partner().isPresent()
            && municipality.equals(user.partner())
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_MUNICIPAL_LIAISON));
  }

  /**
   * Why the user may not set the ZVH's office hours, or empty: its manager only. The hours decide
   * when crisis services may open crisis cards, so they are not the case directors' to move.
   */
  public Optional<Decision.Deny> refusalToSetOfficeHours(CurrentUser user, TenantId activeTenant) {
    return user.rolesIn(activeTenant).contains(Role.ZVH_MANAGER)
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_ZVH_MANAGER));
  }

  /** Why the user may not read the on-call rota, or empty: every member of the tenant. */
  public Optional<Decision.Deny> refusalToReadRota(CurrentUser user, TenantId activeTenant) {
    return user.isMemberOf(activeTenant)
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_IN_TENANT));
  }

  /**
   * Why the user may not keep a case's crisis card, or empty: the ZVH's case directors and care
   * coordinators, who run the cases (issue #13, part 3).
   */
  public Optional<Decision.Deny> refusalToKeepCrisisCard(CurrentUser user, TenantId activeTenant) {
    return runsCases(user, activeTenant)
        ? Optional.empty()
        : Optional.of(new Decision.Deny(DenyReason.NOT_ZVH_STAFF));
  }

  /** The refusal for something that does not exist or may not be known to exist. */
  public Decision.Deny unknown() {
    return new Decision.Deny(DenyReason.CASE_UNKNOWN);
  }

  /** Whether the user runs the cases of the tenant (case director, care coordinator). */
  public boolean runsCases(CurrentUser user, TenantId activeTenant) {
    return user.rolesIn(activeTenant).stream().anyMatch(RUNS_CASES::contains);
  }

  /** Whether the user directs cases in the tenant: invites and revokes partners. */
  public boolean directsCases(CurrentUser user, TenantId activeTenant) {
    return user.rolesIn(activeTenant).contains(Role.CASE_DIRECTOR);
  }

  /**
   * Whether the user may know any case of the tenant at all: what {@link #mayKnow} asks of the user
   * before it looks at a case (member of the tenant, a role that sees cases, a partner). Lets a
   * list ask the database only for the participation part (issue #14). Never throws.
   */
  public boolean mayKnowCases(CurrentUser user, TenantId activeTenant) {
    try {
      return refusalToKnowCases(user, activeTenant).isEmpty();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Policy decision failed; cases hidden", e);
      return false;
    }
  }

  private Optional<DenyReason> refusalToKnowCases(CurrentUser user, TenantId activeTenant) {
    if (!user.isMemberOf(activeTenant)) {
      return Optional.of(DenyReason.NOT_IN_TENANT);
    }
    if (!runsCases(user, activeTenant)
        && user.rolesIn(activeTenant).stream().noneMatch(SHARES_AS_PARTNER::contains)) {
      return Optional.of(DenyReason.ROLE_SEES_NO_CASE_CONTENT);
    }
    if (user.partner().isEmpty()) {
      return Optional.of(DenyReason.NO_PARTNER);
    }
    return Optional.empty();
  }

  private Optional<DenyReason> caseRefusal(
      CurrentUser user, TenantId activeTenant, CaseFacts kase, Instant now) {
    if (!kase.tenant().equals(activeTenant)) {
      return Optional.of(DenyReason.CASE_OF_OTHER_TENANT);
    }
    Optional<DenyReason> userRefused = refusalToKnowCases(user, activeTenant);
    if (userRefused.isPresent()) {
      return userRefused;
    }
    boolean runsCases = runsCases(user, activeTenant);
    boolean onTheCase = kase.participating(user.partner().get(), now);
    if (!onTheCase && !(runsCases && kase.emergencyOpen(user.subject(), now))) {
      return Optional.of(DenyReason.NOT_PARTICIPATING);
    }
    return Optional.empty();
  }

  private Decision evaluate(AccessRequest request, Covenant covenant) {
    if (!covenant.tenant().equals(request.activeTenant())) {
      return deny(DenyReason.CASE_OF_OTHER_TENANT);
    }
    Optional<DenyReason> refusal =
        caseRefusal(request.user(), request.activeTenant(), request.kase(), request.now());
    if (refusal.isPresent()) {
      return deny(refusal.get());
    }
    PartnerId partner = request.user().partner().orElseThrow();
    LocalDate today = AmsterdamTime.dayOf(request.now()); // covenants run by Amsterdam days
    Optional<CovenantMembership> membership = covenant.membershipOf(partner, today);
    if (membership.isEmpty()) {
      return deny(DenyReason.NO_VALID_MEMBERSHIP);
    }
    ArticleRef limit = membership.get().article().orElse(null);
    if (membership.get().role() == MembershipRole.AD_HOC
        && !request.kase().statementAccepted(partner, request.now())) {
      return new Decision.Deny(DenyReason.CONFIDENTIALITY_STATEMENT_MISSING, limit);
    }
    return membership
        .get()
        .grantFor(request.category(), request.action().direction(), request.purpose())
        .map(Grant::basis)
        .<Decision>map(Decision.Permit::new)
        .orElseGet(() -> new Decision.Deny(DenyReason.CATEGORY_NOT_GRANTED, limit));
  }

  private static Decision deny(DenyReason reason) {
    return new Decision.Deny(reason);
  }
}
