package nl.casustafel.casefile;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.covenant.CovenantDirectory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.Decision;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;

/**
 * A case's lifecycle in the hands of its director: the status (REGISTERED → TRIAGED → IN_CONFERENCE
 * → MONITORING → CLOSED, and REOPENED), each change on record with a reason, and the handover of
 * the lead to a partner that takes part. Each change is an UPDATE event in the log.
 */
@Stateless
@TenantScoped
public class CaseLifecycle {

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @EJB private CovenantDirectory covenants;
  @Inject private CaseAudit audit;
  @Inject private Clock clock;

  /**
   * Moves the case to {@code to} with a reason.
   *
   * @throws CaseUnknown when the user may not know the case (logged)
   * @throws AccessRefused when the user does not direct cases (logged)
   * @throws IllegalArgumentException when {@code to} does not follow the current status
   */
  public void changeStatus(CurrentUser user, CaseId id, CaseStatus to, String reason) {
    CaseGate gate = gate(user);
    Case kase = directed(gate, id);
    CaseStatus from = kase.status();
    kase.changeStatus(to, user.username(), gate.now(), reason(reason));
    em.flush();
    audit.acted(gate, kase, AuditAction.UPDATE, "STATUS " + from + "->" + to);
  }

  /**
   * Hands the lead (the controller of record) to a partner that takes part in the case.
   *
   * @throws IllegalArgumentException when the partner does not take part or already leads
   */
  public void handOverLead(CurrentUser user, CaseId id, PartnerId to) {
    CaseGate gate = gate(user);
    Case kase = directed(gate, id);
    if (kase.activeParticipation(to, gate.now()).isEmpty()) {
      throw new IllegalArgumentException("partner: " + to + " does not take part in the case.");
    }
    PartnerId from = kase.leadPartner();
    kase.handOverLead(to, user.username(), gate.now());
    em.flush();
    audit.acted(gate, kase, AuditAction.UPDATE, "LEAD " + from + "->" + to);
  }

  private static String reason(String reason) {
    return reason == null || reason.isBlank() ? null : StatusChange.REASON.check(reason);
  }

  private Case directed(CaseGate gate, CaseId id) {
    Case kase = gate.known(em, id, audit, Set.of()).orElseThrow(CaseUnknown::new);
    Optional<Decision.Deny> refusal = gate.refusalToDirect();
    if (refusal.isPresent()) {
      audit.refused(gate, id.value(), kase, Set.of(), refusal.get());
      throw new AccessRefused(refusal.get());
    }
    return kase;
  }

  private CaseGate gate(CurrentUser user) {
    return CaseGate.open(user, tenant, covenants, Purpose.CASE_CONFERENCE, clock);
  }
}
