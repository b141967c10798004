package nl.casustafel.registry;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.casustafel.casefile.CareEpisodes;
import nl.casustafel.casefile.CaseTrack;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.casefile.Client;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantDirectory;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.Clocks;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;

/**
 * One person's timeline — what GCOS cannot show: their referrals and signals, cases with status
 * history and care episodes, in one view, filtered per reader by the policy decision point. What
 * the reader may not see is counted, not shown ("n verborgen items"). A reader who may see nothing
 * of the person gets the same answer as for a person that does not exist (logged as a DENY). Only
 * the hidden items inside the cases shown are counted.
 */
@Stateless
@TenantScoped
public class PersonTimeline {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @EJB private CovenantDirectory covenants;
  @EJB private CareEpisodes care;
  @Inject private RegistryAudit audit;
  @Inject private Clock clock;

  /**
   * The timeline of the tenant's client {@code clientId} as the user may see it.
   *
   * @throws CaseUnknown when there is no such person or the user may see nothing of them (logged)
   */
  public Timeline of(CurrentUser user, long clientId) {
    Instant now = Clocks.now(clock);
    Client client = em.find(Client.class, clientId);
    List<CaseTrack> tracks = client == null ? List.of() : care.tracksOf(user, clientId);
    List<Timeline.ReferralItem> shown =
        (client == null ? List.<Timeline.ReferralItem>of() : referrals(user, client, now))
            .stream().filter(r -> r.texts().disclosed().isPresent()).toList();
    if (tracks.isEmpty() && shown.isEmpty()) {
      audit.refused(user, null, PDP.unknown(), now);
      throw new CaseUnknown();
    }
    // Only what is hidden inside the cases shown is counted; cases and referrals the reader may
    // not see are not even counted, so their existence is not disclosed.
    long hidden =
        tracks.stream()
            .flatMap(t -> t.care().stream())
            .filter(o -> o.disclosed().isEmpty())
            .count();
    return new Timeline(clientId, tracks, shown, (int) hidden);
  }

  private List<Timeline.ReferralItem> referrals(CurrentUser user, Client client, Instant now) {
    Optional<Covenant> covenant = covenants.inForce(AmsterdamTime.dayOf(now));
    List<Referral> about =
        em.createQuery(
                "SELECT r FROM Referral r WHERE r.client = :client ORDER BY r.receivedAt, r.id",
                Referral.class)
            .setParameter("client", client.id())
            .getResultList();
    List<Timeline.ReferralItem> items =
        about.stream()
            .map(
                r ->
                    new Timeline.ReferralItem(
                        r.reference(),
                        r.source(),
                        r.receivedAt(),
                        r.outcome(),
                        PDP.discloseOnReferral(
                            user,
                            tenant.current().orElseThrow(),
                            covenant,
                            DataCategory.IDENTIFYING,
                            now,
                            client::name),
                        PDP.discloseOnReferral(
                            user,
                            tenant.current().orElseThrow(),
                            covenant,
                            DataCategory.SOCIAL,
                            now,
                            () ->
                                new TriageEntry.Texts(r.reason(), r.goal(), r.partnersToInvite()))))
            .toList();
    for (int i = 0; i < about.size(); i++) {
      Timeline.ReferralItem item = items.get(i);
      if (item.texts().disclosed().isPresent()) {
        audit.readOnTimeline(user, about.get(i), List.of(item.name(), item.texts()), now);
      }
    }
    return items;
  }
}
