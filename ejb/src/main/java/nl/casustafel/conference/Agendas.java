package nl.casustafel.conference;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseParticipations;
import nl.casustafel.casefile.CaseRecords;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.Clocks;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;
import nl.casustafel.tenant.TenantId;

/**
 * A conference's agenda: the case director puts cases on it (or triage and falling-due agreements
 * do), orders them, sets their timeboxes and invites partners per item — an invitation makes the
 * partner a participant of the case through the participation model and sends it an e-mail with the
 * calendar invitation (no personal data).
 */
@Stateless
@TenantScoped
public class Agendas {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @Inject private Clock clock;
  @Inject private ConferenceLog log;
  @EJB private CaseRecords records;
  @EJB private CaseParticipations participations;
  @EJB private Invitations invitations;

  /**
   * The case director puts a case on a planned conference's agenda (last, 15 minutes).
   *
   * @throws nl.casustafel.policy.AccessRefused for a user who does not direct cases (logged)
   * @throws CaseUnknown for a conference or case the user may not know (logged)
   * @throws IllegalArgumentException when the case is on the agenda already
   */
  public AgendaItem add(CurrentUser user, long conferenceId, CaseId kase) {
    log.refuseIf(user, PDP.refusalToDirect(user, tenant()), "AGENDA", now());
    Conference conference = conference(conferenceId);
    conference.requirePlanned();
    records.requireKnown(user, kase, Set.of(DataCategory.IDENTIFYING));
    if (itemFor(conferenceId, kase).isPresent()) {
      throw new IllegalArgumentException("case is on this agenda already.");
    }
    return place(user, conference, kase, AgendaReason.DIRECTOR);
  }

  /** Puts the case last on the agenda (no checks: the caller decided). Logged on the case. */
  public AgendaItem place(
      CurrentUser user, Conference conference, CaseId kase, AgendaReason reason) {
    AgendaItem item = persistItem(user, conference, kase, reason);
    records.acted(user, kase, "AGENDA conference=" + conference.id() + " " + reason);
    return item;
  }

  private AgendaItem persistItem(
      CurrentUser user, Conference conference, CaseId kase, AgendaReason reason) {
    AgendaItem item =
        new AgendaItem(
            conference.id(),
            kase,
            items(conference.id()).size() + 1,
            reason,
            user.username(),
            now());
    em.persist(item);
    em.flush();
    return item;
  }

  /**
   * A case opened at triage goes onto the next planned conference of a series ("discuss at the next
   * conference"), if there is one; the triage decision itself is the check.
   */
  public Optional<AgendaItem> placeFromTriage(CurrentUser user, CaseId kase) {
    return em.createQuery(
            "SELECT c FROM Conference c WHERE c.seriesId IS NOT NULL AND c.startsAt > :now"
                + " AND c.status = :planned ORDER BY c.startsAt, c.id",
            Conference.class)
        .setParameter("now", now())
        .setParameter("planned", ConferenceStatus.PLANNED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .filter(c -> itemFor(c.id(), kase).isEmpty())
        // Not logged apart: the triage decision's event names the case it opened, which is not
        // yet readable through the decision point in the transaction that creates it.
        .map(c -> persistItem(user, c, kase, AgendaReason.TRIAGE));
  }

  /**
   * Puts every case with an open or not-done agreement due on or before the conference's day
   * (Amsterdam) on its agenda, unless it is there already or on an earlier planned conference after
   * today. Returns how many were added.
   *
   * @throws nl.casustafel.policy.AccessRefused for a user who may not plan (logged)
   */
  public int placeDueAgreements(CurrentUser user, Conference conference) {
    log.refuseIf(user, PDP.refusalToPlanConferences(user, tenant()), "AGENDA_DUE", now());
    List<Long> due =
        em.createQuery(
                "SELECT DISTINCT a.caseId FROM Agreement a WHERE a.status IN :open"
                    + " AND a.dueOn <= :day",
                Long.class)
            .setParameter("open", AgreementStatus.followedUp())
            .setParameter("day", AmsterdamTime.dayOf(conference.start()))
            .getResultList();
    // One look at the agenda, not one per due case.
    java.util.Set<CaseId> onAgenda =
        items(conference.id()).stream()
            .map(AgendaItem::kase)
            .collect(java.util.stream.Collectors.toSet());
    int added = 0;
    for (Long id : due) {
      CaseId kase = new CaseId(id);
      if (onAgenda.add(kase)) {
        place(user, conference, kase, AgendaReason.AGREEMENTS_DUE);
        added++;
      }
    }
    return added;
  }

  /** As {@link #placeDueAgreements(CurrentUser, Conference)} for a conference by id. */
  public int placeDueAgreements(CurrentUser user, long conferenceId) {
    Conference conference = conference(conferenceId);
    conference.requirePlanned();
    return placeDueAgreements(user, conference);
  }

  /**
   * Sets an item's timebox in minutes (1–120).
   *
   * @throws IllegalArgumentException outside that range
   */
  public AgendaItem timebox(CurrentUser user, long itemId, int minutes) {
    AgendaItem item = directed(user, itemId, "TIMEBOX");
    item.timebox(minutes);
    return item;
  }

  /**
   * Moves an item to {@code position} (1 = first); the others keep their order.
   *
   * @throws IllegalArgumentException for a position outside the agenda
   */
  public void reorder(CurrentUser user, long itemId, int position) {
    AgendaItem item = directed(user, itemId, "REORDER");
    List<AgendaItem> all = new java.util.ArrayList<>(items(item.conference()));
    if (position < 1 || position > all.size()) {
      throw new IllegalArgumentException("position must be 1 to " + all.size() + ".");
    }
    all.remove(item);
    all.add(position - 1, item);
    for (int i = 0; i < all.size(); i++) {
      all.get(i).position(i + 1);
    }
  }

  /**
   * Takes an item off the agenda, if nothing was recorded on it yet.
   *
   * @throws IllegalStateException when it has minutes or agreements
   */
  public void remove(CurrentUser user, long itemId) {
    AgendaItem item = directed(user, itemId, "REMOVE");
    long recorded =
        em.createQuery("SELECT COUNT(p) FROM MinutesParagraph p WHERE p.itemId = :item", Long.class)
            .setParameter("item", itemId)
            .getSingleResult();
    if (recorded > 0) {
      throw new IllegalStateException("The item has minutes: it stays on the agenda.");
    }
    em.createQuery("SELECT i FROM AgendaInvitee i WHERE i.item = :item", AgendaInvitee.class)
        .setParameter("item", itemId)
        .getResultList()
        .forEach(em::remove);
    em.remove(item);
    reorderAfterRemoval(item.conference());
    records.acted(user, item.kase(), "AGENDA_REMOVED conference=" + item.conference());
  }

  /**
   * Invites a partner to discuss an item: it becomes a participant of the case (only with a valid
   * covenant membership; an ad-hoc partner still signs its statement before it sees anything) and
   * its organisation's mailbox gets the invitation with the calendar entry.
   *
   * @throws IllegalArgumentException for a partner without a valid membership
   */
  public boolean invite(CurrentUser user, long itemId, PartnerId partner) {
    AgendaItem item = directed(user, itemId, "INVITE");
    participations.invite(user, item.kase(), partner, null);
    boolean already = em.find(AgendaInvitee.class, key(itemId, partner)) != null;
    if (already) {
      return false;
    }
    em.persist(new AgendaInvitee(itemId, partner, user.username(), now()));
    em.flush();
    invitations.invited(conference(item.conference()), partner);
    return true;
  }

  /** The items of the conference, in order. */
  public List<AgendaItem> items(long conferenceId) {
    return em.createQuery(
            "SELECT i FROM AgendaItem i WHERE i.conferenceId = :c ORDER BY i.position, i.id",
            AgendaItem.class)
        .setParameter("c", conferenceId)
        .getResultList();
  }

  private AgendaItem directed(CurrentUser user, long itemId, String what) {
    log.refuseIf(user, PDP.refusalToDirect(user, tenant()), what, now());
    AgendaItem item =
        Optional.ofNullable(em.find(AgendaItem.class, itemId)).orElseThrow(CaseUnknown::new);
    records.requireKnown(user, item.kase(), Set.of(DataCategory.IDENTIFYING));
    conference(item.conference()).requirePlanned();
    return item;
  }

  private void reorderAfterRemoval(long conferenceId) {
    em.flush();
    List<AgendaItem> all = items(conferenceId);
    for (int i = 0; i < all.size(); i++) {
      all.get(i).position(i + 1);
    }
  }

  private Optional<AgendaItem> itemFor(long conferenceId, CaseId kase) {
    return items(conferenceId).stream().filter(i -> i.kase().equals(kase)).findFirst();
  }

  private Conference conference(long id) {
    return Optional.ofNullable(em.find(Conference.class, id)).orElseThrow(CaseUnknown::new);
  }

  private static AgendaInvitee.Key key(long item, PartnerId partner) {
    AgendaInvitee.Key key = new AgendaInvitee.Key();
    key.item = item;
    key.partner = partner.value();
    return key;
  }

  private TenantId tenant() {
    return tenant.current().orElseThrow();
  }

  private Instant now() {
    return Clocks.now(clock);
  }
}
