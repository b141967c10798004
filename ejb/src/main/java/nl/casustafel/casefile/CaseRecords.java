package nl.casustafel.casefile;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.covenant.CovenantDirectory;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.Action;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;

/**
 * Records about a case that live outside its case file — a conference's agenda items, minutes and
 * agreements — read and written through the same decision point and log as the case file (purpose
 * CASE_CONFERENCE). Callers hand over what they hold per case and category; what leaves here is
 * exactly what the decision point disclosed, and every disclosure is logged in the caller's
 * transaction.
 */
@Stateless
@TenantScoped
public class CaseRecords {

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @EJB private CovenantDirectory covenants;
  @Inject private CaseAudit audit;
  @Inject private Clock clock;

  /** One record of a case under its data category; {@code data} runs only when disclosed. */
  public record Categorised<T>(DataCategory category, Supplier<T> data) {}

  /**
   * A case as a conference shows it: its reference (not personal data), the client's name
   * (IDENTIFYING) and the records as decided.
   */
  public record Shown<T>(
      CaseId id, String reference, Outcome<String> client, List<Outcome<T>> records) {

    /** Whether the reader's ad-hoc partner must sign the confidentiality statement first. */
    public boolean statementRequired() {
      return CaseSummary.statementMissing(client);
    }
  }

  /**
   * The cases among {@code wanted} that the user may know, each with what the decision point
   * disclosed, logged as one event per case ({@code action}: READ on screen, PRINT for a PDF).
   * Cases the user may not know are left out and not logged: nothing of them was asked by name, as
   * in a case list.
   */
  public <T> Map<CaseId, Shown<T>> read(
      CurrentUser user, Map<CaseId, List<Categorised<T>>> wanted, AuditAction action) {
    CaseGate gate = gate(user);
    Map<CaseId, Shown<T>> shown = new LinkedHashMap<>();
    for (Map.Entry<CaseId, List<Categorised<T>>> entry : wanted.entrySet()) {
      Case kase = em.find(Case.class, entry.getKey().value());
      if (kase == null || !gate.mayKnow(kase)) {
        continue;
      }
      Outcome<String> client =
          gate.read(kase, DataCategory.IDENTIFYING, () -> kase.client().name());
      List<Outcome<T>> records =
          entry.getValue().stream().map(r -> gate.read(kase, r.category(), r.data())).toList();
      List<Outcome<?>> all = new ArrayList<>(records);
      all.add(client);
      audit.read(gate, kase, all, action);
      shown.put(kase.id(), new Shown<>(kase.id(), kase.reference(), client, records));
    }
    return shown;
  }

  /** Whether the user may know the case now (the decision point); logs nothing. */
  public boolean mayKnow(CurrentUser user, CaseId id) {
    CaseGate gate = gate(user);
    Case kase = em.find(Case.class, id.value());
    return kase != null && gate.mayKnow(kase);
  }

  /**
   * Requires that the user may know the case.
   *
   * @throws CaseUnknown when not, or when there is no such case (logged as a DENY)
   */
  public void requireKnown(CurrentUser user, CaseId id, Set<DataCategory> categories) {
    CaseGate gate = gate(user);
    gate.known(em, id, audit, categories).orElseThrow(CaseUnknown::new);
  }

  /**
   * Stores a record of {@code category} about the case, if the covenant lets the user's
   * organisation PROVIDE it; logs a CREATE event in the same transaction.
   *
   * @throws CaseUnknown when the user may not know the case (logged)
   * @throws AccessRefused when the covenant does not let the partner provide the category (logged)
   */
  public <T> T write(CurrentUser user, CaseId id, DataCategory category, Supplier<T> store) {
    CaseGate gate = gate(user);
    Case kase = gate.known(em, id, audit, Set.of(category)).orElseThrow(CaseUnknown::new);
    Decision decision = gate.decide(kase, category, Action.CREATE);
    if (decision instanceof Decision.Deny deny) {
      audit.refused(gate, id.value(), kase, Set.of(category), deny);
      throw new AccessRefused(deny);
    }
    T stored = store.get();
    em.flush();
    audit.created(gate, kase, category, (Decision.Permit) decision);
    return stored;
  }

  /**
   * Logs an act on the case that discloses no personal data (an agenda change, an agreement's
   * status), as UPDATE with what happened in the reason.
   */
  public void acted(CurrentUser user, CaseId id, String what) {
    CaseGate gate = gate(user);
    Case kase = em.find(Case.class, id.value());
    if (kase != null) {
      audit.acted(gate, kase, AuditAction.UPDATE, what);
    }
  }

  private CaseGate gate(CurrentUser user) {
    return CaseGate.open(user, tenant, covenants, Purpose.CASE_CONFERENCE, clock);
  }
}
