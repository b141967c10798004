package nl.casustafel.casefile;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.covenant.CovenantDirectory;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.Action;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.Disclosed;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;
import nl.casustafel.policy.Unchecked;
import nl.casustafel.shared.BaselineRequest;
import nl.casustafel.shared.Page;
import nl.casustafel.shared.PageRequest;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;

/**
 * The cases of the request's tenant as one user may see them. Every piece of personal data leaves
 * here only through the policy decision point ({@link CaseGate}): lists, counts and searches are
 * exactly the cases the user may know, and search matches only what the user may see.
 */
@Stateless
@TenantScoped
public class CaseFiles {

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @EJB private CovenantDirectory covenants;
  @Inject private CaseAudit audit;
  @Inject private Clock clock;
  @Inject private BsnIndexer bsnIndexer;
  @Inject private BaselineRequest baseline;

  /**
   * One page of the cases the user may know, filtered by the request's search text. Without a
   * search the page is cut in SQL ({@link KnownCases}); a search narrows in SQL and is decided
   * here, since what of the client it may compare depends on what is disclosed.
   */
  public Page<CaseSummary> list(CurrentUser user, PageRequest page) {
    CaseGate gate = gate(user, Purpose.CASE_CONFERENCE);
    List<Listed> shown;
    long total;
    if (!gate.mayKnowCases()) {
      shown = List.of();
      total = 0;
    } else if (page.filter().isEmpty()) {
      KnownCases known = new KnownCases(em, gate);
      shown = listed(gate, known.page(page.first(), page.size()));
      total = known.count();
    } else {
      CaseQuery query = query(page.filter());
      // Every match is decided (the total counts them), but only the page's are summarised.
      List<Case> found =
          new KnownCases(em, gate)
              .matching(query).stream()
                  .filter(gate::mayKnow)
                  .filter(kase -> query.matches(kase.reference(), () -> comparable(gate, kase)))
                  .toList();
      int from = Math.min(page.first(), found.size());
      shown = summarised(gate, found.subList(from, Math.min(from + page.size(), found.size())));
      total = found.size();
    }
    audit.listed(
        gate,
        page.filter(),
        total,
        shown.stream().map(Listed::kase).toList(),
        shown.stream().map(Listed::summary).toList());
    return new Page<>(shown.stream().map(Listed::summary).toList(), total);
  }

  /** How many cases the user may know; discloses no one, so logs no one. */
  public long count(CurrentUser user) {
    CaseGate gate = gate(user, Purpose.CASE_CONFERENCE);
    return gate.mayKnowCases() ? new KnownCases(em, gate).count() : 0;
  }

  /** The case file, or empty when the case does not exist or the user may not know it. */
  public Optional<CaseFile> open(CurrentUser user, CaseId id, Purpose purpose) {
    CaseGate gate = gate(user, purpose);
    Optional<Case> known = known(gate, id, Set.of(DataCategory.IDENTIFYING));
    return known.map(
        kase -> {
          CaseSummary summary = CaseSummary.of(kase, gate);
          List<Outcome<InformationItem>> items =
              informationOf(id).stream()
                  .map(i -> gate.read(kase, i.category(), () -> InformationItem.of(i)))
                  .toList();
          List<Outcome<?>> all = new ArrayList<>(items);
          all.addAll(summary.outcomes());
          audit.read(gate, kase, all);
          Optional<CaseFile.Emergency> emergency =
              gate.viaBreakGlass(kase)
                  ? kase.openedByBreakingTheGlass(user.subject(), gate.now())
                      .map(b -> new CaseFile.Emergency(b.until(), b.reason()))
                  : Optional.empty();
          return new CaseFile(summary, items, emergency);
        });
  }

  /**
   * Adds information of one category, provided by the user's partner, if the covenant lets that
   * partner PROVIDE it; otherwise nothing is stored.
   */
  public InformationItem add(
      CurrentUser user, CaseId id, DataCategory category, String text, Purpose purpose) {
    CaseGate gate = gate(user, purpose);
    Case kase = known(gate, id, Set.of(category)).orElseThrow(CaseUnknown::new);
    Decision decision = gate.decide(kase, category, Action.CREATE);
    if (decision instanceof Decision.Deny deny) {
      audit.refused(gate, id.value(), kase, Set.of(category), deny);
      throw new AccessRefused(deny);
    }
    CaseInformation information =
        new CaseInformation(
            id, category, user.partner().orElseThrow(), text, user.username(), gate.now());
    em.persist(information);
    em.flush();
    audit.created(gate, kase, category, (Decision.Permit) decision);
    return InformationItem.of(information);
  }

  private record Listed(Case kase, CaseSummary summary) {}

  /** The cases the decision point lets the user know (its last word), with their summaries. */
  private static List<Listed> listed(CaseGate gate, List<Case> cases) {
    return summarised(gate, cases.stream().filter(gate::mayKnow).toList());
  }

  /** Cases the decision point has let the user know already, with their summaries. */
  private static List<Listed> summarised(CaseGate gate, List<Case> known) {
    return known.stream().map(kase -> new Listed(kase, CaseSummary.of(kase, gate))).toList();
  }

  /** The search text; a BSN's blind index is computed here once, for the request's tenant. */
  private CaseQuery query(String text) {
    String id = tenant.current().orElseThrow().value();
    return CaseQuery.parse(text, digits -> bsnIndexer.indexOf(id, digits));
  }

  /**
   * What search may compare of the client: only what the decision point discloses to this reader as
   * IDENTIFYING (the name; birth date and BSN are IDENTIFYING as well). The reference is not about
   * the person and is compared first, so a case found by its reference is not asked.
   */
  private static Optional<CaseQuery.Person> comparable(CaseGate gate, Case kase) {
    Client client = kase.client();
    return gate.read(
            kase,
            DataCategory.IDENTIFYING,
            () -> new CaseQuery.Person(client.name(), client.dateOfBirth(), client.bsnIndex()))
        .disclosed()
        .map(Disclosed::value);
  }

  private Optional<Case> known(CaseGate gate, CaseId id, Set<DataCategory> categories) {
    return gate.known(em, id, audit, categories);
  }

  private List<CaseInformation> informationOf(CaseId id) {
    return em.createQuery(
            "SELECT i FROM CaseInformation i WHERE i.caseId = :id ORDER BY i.createdAt, i.id",
            CaseInformation.class)
        .setParameter("id", id.value())
        .getResultList();
  }

  private CaseGate gate(CurrentUser user, Purpose purpose) {
    CaseGate gate = CaseGate.open(user, tenant, covenants, purpose, clock);
    return baseline.active() ? gate.withoutDecisionPoint(Unchecked.of(baseline)) : gate;
  }
}
