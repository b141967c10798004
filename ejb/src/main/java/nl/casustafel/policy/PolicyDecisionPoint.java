package nl.casustafel.policy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantMembership;
import nl.casustafel.covenant.Grant;
import nl.casustafel.covenant.MembershipRole;
import nl.casustafel.identity.Role;
import nl.casustafel.partner.PartnerId;

/**
 * Decides, for one {@link AccessRequest} under the tenant's {@link Covenant}, whether a category of
 * a case's information may be read or provided. No decision is cached: revocation and expiry count
 * from the very next request.
 *
 * <p>Rules: the case must belong to the active tenant and the user must work in it. The ZVH's case
 * director and care coordinator run every case of their tenant; partner members only the cases
 * their partner actively participates in, under a valid membership, after a confidentiality
 * statement when their partner is ad hoc. Either way the category must be granted, for the purpose
 * and direction, by the membership of the user's partner. Managers, municipal liaisons, auditors
 * and platform administrators never see case content. Any failure while deciding is a DENY.
 */
public final class PolicyDecisionPoint {

  private static final Logger LOG = Logger.getLogger(PolicyDecisionPoint.class.getName());
  private static final Set<Role> RUNS_CASES = EnumSet.of(Role.CASE_DIRECTOR, Role.CARE_COORDINATOR);
  private static final ZoneId COVENANT_ZONE = ZoneId.of("Europe/Amsterdam");

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
      return new Outcome<>(decision, Optional.of(new Disclosed<>(data.get(), permit.basis())));
    }
    return new Outcome<>(decision, Optional.empty());
  }

  /** A decision and, only when permitted, the disclosed data. */
  public record Outcome<T>(Decision decision, Optional<Disclosed<T>> disclosed) {}

  private Decision evaluate(AccessRequest request, Covenant covenant) {
    if (!request.kase().tenant().equals(request.activeTenant())
        || !covenant.tenant().equals(request.activeTenant())) {
      return deny(DenyReason.CASE_OF_OTHER_TENANT);
    }
    if (!request.user().isMemberOf(request.activeTenant())) {
      return deny(DenyReason.NOT_IN_TENANT);
    }
    Set<Role> roles = request.user().rolesIn(request.activeTenant());
    boolean runsCases = roles.stream().anyMatch(RUNS_CASES::contains);
    if (!runsCases && !roles.contains(Role.PARTNER_MEMBER)) {
      return deny(DenyReason.ROLE_SEES_NO_CASE_CONTENT);
    }
    Optional<PartnerId> partner = request.user().partner();
    if (partner.isEmpty()) {
      return deny(DenyReason.NO_PARTNER);
    }
    if (!runsCases && !request.kase().participating(partner.get(), request.now())) {
      return deny(DenyReason.NOT_PARTICIPATING);
    }
    LocalDate today = request.now().atZone(COVENANT_ZONE).toLocalDate();
    Optional<CovenantMembership> membership = covenant.membershipOf(partner.get(), today);
    if (membership.isEmpty()) {
      return deny(DenyReason.NO_VALID_MEMBERSHIP);
    }
    if (membership.get().role() == MembershipRole.AD_HOC
        && !request.kase().statementAccepted(partner.get(), request.now())) {
      return deny(DenyReason.CONFIDENTIALITY_STATEMENT_MISSING);
    }
    return membership
        .get()
        .grantFor(request.category(), request.action().direction(), request.purpose())
        .map(Grant::basis)
        .<Decision>map(Decision.Permit::new)
        .orElseGet(() -> deny(DenyReason.CATEGORY_NOT_GRANTED));
  }

  private static Decision deny(DenyReason reason) {
    return new Decision.Deny(reason);
  }
}
