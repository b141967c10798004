package nl.casustafel.casefile;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.casustafel.covenant.CovenantDirectory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.Action;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;

/**
 * Care episodes (zorgtrajecten) of a case's client, and the cases of one person as their timeline
 * shows them. A partner records the care it provides when the covenant lets it PROVIDE the
 * episode's category; a reader sees each episode only as its category is granted.
 */
@Stateless
@TenantScoped
public class CareEpisodes {

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @EJB private CovenantDirectory covenants;
  @Inject private CaseAudit audit;
  @Inject private Clock clock;

  /**
   * Records a care episode provided by the user's own organisation.
   *
   * @throws CaseUnknown when the user may not know the case (logged)
   * @throws AccessRefused when the covenant does not let the partner provide the category (logged)
   * @throws IllegalArgumentException for an end before the start or a too long outcome
   */
  public CareItem add(
      CurrentUser user, CaseId id, CareKind kind, LocalDate start, LocalDate end, String outcome) {
    CaseGate gate = gate(user);
    Case kase = gate.known(em, id, audit, Set.of(kind.category())).orElseThrow(CaseUnknown::new);
    Decision decision = gate.decide(kase, kind.category(), Action.CREATE);
    if (decision instanceof Decision.Deny deny) {
      audit.refused(gate, id.value(), kase, Set.of(kind.category()), deny);
      throw new AccessRefused(deny);
    }
    CareEpisode episode =
        new CareEpisode(
            id,
            kind,
            user.partner().orElseThrow(),
            start,
            end,
            outcome,
            user.username(),
            gate.now());
    em.persist(episode);
    em.flush();
    audit.created(gate, kase, kind.category(), (Decision.Permit) decision);
    return CareItem.of(episode);
  }

  /**
   * The cases of one client that the user may know AND in which the user may see who the client is
   * (IDENTIFYING), oldest first, each with its history and care as decided; every case shown is
   * logged as read (READ, and DENY for what was hidden). Other cases are left out, not counted: a
   * reader must not learn that a person it cannot name in a case is that case's client, nor that
   * cases exist it may not know.
   */
  public List<CaseTrack> tracksOf(CurrentUser user, long clientId) {
    CaseGate gate = gate(user);
    List<Case> all =
        em.createQuery(
                "SELECT c FROM Casus c WHERE c.client.id = :client ORDER BY c.openedAt, c.id",
                Case.class)
            .setParameter("client", clientId)
            .getResultList();
    List<Case> known = all.stream().filter(gate::mayKnow).toList();
    Map<Long, List<CareEpisode>> care = careOf(known);
    List<CaseTrack> tracks = new ArrayList<>();
    for (Case kase : known) {
      CaseSummary summary = CaseSummary.of(kase, gate);
      if (summary.client().disclosed().isEmpty()) {
        continue;
      }
      List<Outcome<CareItem>> items =
          care.getOrDefault(kase.id().value(), List.of()).stream()
              .map(e -> gate.read(kase, e.kind().category(), () -> CareItem.of(e)))
              .toList();
      List<Outcome<?>> outcomes = new ArrayList<>(items);
      outcomes.addAll(summary.outcomes());
      audit.read(gate, kase, outcomes);
      tracks.add(
          new CaseTrack(
              summary, kase.statusHistory().stream().map(CaseTrack.Step::of).toList(), items));
    }
    return tracks;
  }

  private Map<Long, List<CareEpisode>> careOf(Collection<Case> cases) {
    if (cases.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "SELECT e FROM CareEpisode e WHERE e.caseId IN :ids ORDER BY e.startedOn, e.id",
            CareEpisode.class)
        .setParameter("ids", cases.stream().map(c -> c.id().value()).toList())
        .getResultList()
        .stream()
        .collect(Collectors.groupingBy(e -> e.caseId().value()));
  }

  private CaseGate gate(CurrentUser user) {
    return CaseGate.open(user, tenant, covenants, Purpose.CASE_CONFERENCE, clock);
  }
}
