package nl.casustafel.casefile;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.covenant.CovenantDirectory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.DenyReason;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;

/**
 * Who takes part in a case: the case director invites and revokes partners; an invited ad-hoc
 * partner accepts its confidentiality statement. A refused act changes nothing.
 */
@Stateless
@TenantScoped
public class CaseParticipations {

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @EJB private CovenantDirectory covenants;
  @Inject private CaseAudit audit;
  @Inject private Clock clock;

  /** Whether the user directs the cases of the tenant: invites and revokes partners (the PDP). */
  public boolean directsCases(CurrentUser user) {
    return gate(user).directsCases();
  }

  /** Whether the user may break the glass on cases of the tenant (the PDP). */
  public boolean mayBreakGlass(CurrentUser user) {
    return gate(user).mayBreakGlass();
  }

  /**
   * The partners the case's director may invite now: covenant members valid today that do not take
   * part yet (the decision point names who may be invited at all).
   */
  public List<PartnerId> candidates(CurrentUser user, CaseId id) {
    CaseGate gate = gate(user);
    Case kase = directed(gate, id);
    return gate.invitable().stream()
        .filter(p -> kase.activeParticipation(p, gate.now()).isEmpty())
        .toList();
  }

  /** Every participation of the case, old and current, for its director. */
  public List<ParticipationView> of(CurrentUser user, CaseId id) {
    CaseGate gate = gate(user);
    Case kase = directed(gate, id);
    return kase.participations().stream()
        .sorted(Comparator.comparing(CaseParticipation::invitedAt))
        .map(p -> ParticipationView.of(p, gate.now()))
        .toList();
  }

  /**
   * Invites a partner that has a valid covenant membership; a partner that already takes part keeps
   * its participation. True when a new participation was made.
   */
  public boolean invite(CurrentUser user, CaseId id, PartnerId partner, Instant until) {
    CaseGate gate = gate(user);
    Case kase = directed(gate, id);
    if (!gate.invitable().contains(partner)) {
      throw new IllegalArgumentException(
          partner + " has no valid membership of the covenant and cannot be invited.");
    }
    if (kase.activeParticipation(partner, gate.now()).isPresent()) {
      return false;
    }
    kase.invite(partner, user.username(), gate.now(), until);
    em.flush();
    audit.acted(gate, kase, AuditAction.SHARE, "INVITED " + partner);
    return true;
  }

  /** Revokes the partner's participation from now on; false when it had none. */
  public boolean revoke(CurrentUser user, CaseId id, PartnerId partner) {
    CaseGate gate = gate(user);
    Case kase = directed(gate, id);
    boolean revoked = kase.revoke(partner, user.username(), gate.now());
    em.flush();
    if (revoked) {
      audit.acted(gate, kase, AuditAction.UPDATE, "REVOKED " + partner);
    }
    return revoked;
  }

  /** The user's ad-hoc partner accepts the confidentiality statement for the case. */
  public Instant acceptStatement(CurrentUser user, CaseId id) {
    CaseGate gate = gate(user);
    Case kase = known(gate, id);
    PartnerId partner = user.partner().orElseThrow(CaseUnknown::new);
    if (gate.refusalToSignStatement().isPresent()) {
      throw new IllegalArgumentException(
          "Only an invited ad-hoc partner signs a confidentiality statement.");
    }
    Instant expires = kase.acceptStatement(partner, user.username(), gate.now()).expiresAt();
    em.flush();
    audit.acted(gate, kase, AuditAction.UPDATE, "STATEMENT_ACCEPTED " + partner);
    return expires;
  }

  /**
   * A case director or care coordinator opens a case their organisation is not on, in a crisis,
   * with a reason, for {@link Case#BREAK_GLASS_VALIDITY}. Returns until when.
   */
  public Instant breakGlass(CurrentUser user, CaseId id, String reason) {
    CaseGate gate = gate(user);
    Case kase = em.find(Case.class, id.value());
    Optional<Decision.Deny> refusal = gate.refusalToBreakGlass(kase);
    if (refusal.isPresent()) {
      audit.refused(gate, id.value(), kase, Set.of(), refusal.get());
      if (refusal.get().reason() == DenyReason.BREAK_GLASS_NOT_ALLOWED) {
        throw new AccessRefused(refusal.get()); // Known to the user: say why.
      }
      throw new CaseUnknown();
    }
    BreakGlass opening = kase.breakGlass(user.subject(), user.username(), reason, gate.now());
    em.flush();
    audit.brokeGlass(gate, kase, opening.reason());
    return opening.until();
  }

  private Case directed(CaseGate gate, CaseId id) {
    Case kase = known(gate, id);
    Optional<Decision.Deny> refusal = gate.refusalToDirect();
    if (refusal.isPresent()) {
      audit.refused(gate, id.value(), kase, Set.of(), refusal.get());
      throw new AccessRefused(refusal.get());
    }
    return kase;
  }

  private Case known(CaseGate gate, CaseId id) {
    return gate.known(em, id, audit, Set.of()).orElseThrow(CaseUnknown::new);
  }

  private CaseGate gate(CurrentUser user) {
    return CaseGate.open(user, tenant, covenants, Purpose.CASE_CONFERENCE, clock);
  }
}
