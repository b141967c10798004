package nl.casustafel.casefile;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.casefile.trafficking.JusticeFacts;
import nl.casustafel.casefile.trafficking.VictimFacts;
import nl.casustafel.covenant.CovenantDirectory;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.Action;
import nl.casustafel.policy.Decision;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;
import nl.casustafel.tenant.Tenant;
import nl.casustafel.tenant.TenantDirectory;

/**
 * A case's trafficking details (issue #13, part 1): read as the covenant grants VICTIM_STATUS and
 * JUSTICE to the reader, each reading logged; written by whoever may provide the category — the
 * VICTIM_STATUS half and the JUSTICE half each on its own grant. A refused or invalid write changes
 * nothing.
 */
@Stateless
@TenantScoped
public class TraffickingDetails {

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @EJB private CovenantDirectory covenants;
  @Inject private CaseAudit audit;
  @Inject private Clock clock;
  @EJB private TenantDirectory tenants;

  /**
   * The details of a case the user may know; logged (READ, DENY for a hidden half).
   *
   * @throws CaseUnknown when the user may not know the case (logged)
   */
  public TraffickingView read(CurrentUser user, CaseId id) {
    CaseGate gate = gate(user);
    Case kase = gate.known(em, id, audit, CATEGORIES).orElseThrow(CaseUnknown::new);
    TraffickingView view = TraffickingView.of(gate, kase);
    audit.read(gate, kase, view.outcomes());
    return view;
  }

  /**
   * Writes the halves given (empty: left as they are).
   *
   * @throws CaseUnknown when the user may not know the case (logged)
   * @throws AccessRefused when the covenant does not let the user's organisation provide a half's
   *     category (logged; nothing written)
   * @throws IllegalArgumentException naming the field that breaks a rule (nothing written)
   */
  public void save(
      CurrentUser user, CaseId id, Optional<VictimFacts> victim, Optional<JusticeFacts> justice) {
    CaseGate gate = gate(user);
    Case kase = gate.known(em, id, audit, CATEGORIES).orElseThrow(CaseUnknown::new);
    // The covenant first: a refusal is logged whatever the input, then the input is checked.
    Decision.Permit victimPermit = victim.isPresent() ? permit(gate, kase, VICTIM) : null;
    Decision.Permit justicePermit = justice.isPresent() ? permit(gate, kase, JUSTICE) : null;
    Optional<VictimFacts> checked =
        victim.map(v -> v.check(AmsterdamTime.dayOf(gate.now()), region(), partners()));
    checked.ifPresent(kase::describe);
    justice.ifPresent(kase::describe);
    if (victimPermit != null) {
      audit.created(gate, kase, VICTIM, victimPermit);
    }
    if (justicePermit != null) {
      audit.created(gate, kase, JUSTICE, justicePermit);
    }
  }

  /** The municipalities of the region, alphabetical (the form's choice of where). */
  public List<String> municipalities() {
    return region().stream().sorted().toList();
  }

  /** The organisations of the region, by id (the form's choice of who decided the status). */
  public List<PartnerId> organisations() {
    return partners().stream().sorted(java.util.Comparator.comparing(PartnerId::value)).toList();
  }

  private static final DataCategory VICTIM = DataCategory.VICTIM_STATUS;
  private static final DataCategory JUSTICE = DataCategory.JUSTICE;
  private static final Set<DataCategory> CATEGORIES = Set.of(VICTIM, JUSTICE);

  private Decision.Permit permit(CaseGate gate, Case kase, DataCategory category) {
    Decision decision = gate.decide(kase, category, Action.CREATE);
    if (decision instanceof Decision.Deny deny) {
      audit.refused(gate, kase.id().value(), kase, Set.of(category), deny);
      throw new AccessRefused(deny);
    }
    return (Decision.Permit) decision;
  }

  private Set<String> region() {
    return regionRecord().municipalities();
  }

  private Tenant regionRecord() {
    return tenants.find(tenant.current().orElseThrow()).orElseThrow();
  }

  private Set<PartnerId> partners() {
    return regionRecord().partners().stream()
        .map(nl.casustafel.partner.Partner::getId)
        .collect(java.util.stream.Collectors.toSet());
  }

  private CaseGate gate(CurrentUser user) {
    return CaseGate.open(user, tenant, covenants, Purpose.CASE_CONFERENCE, clock);
  }
}
