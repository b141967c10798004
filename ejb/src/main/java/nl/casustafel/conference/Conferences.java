package nl.casustafel.conference;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.casustafel.casefile.CaseRecords;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.Clocks;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;
import nl.casustafel.tenant.TenantId;

/**
 * The tenant's conference calendar: series and one-off conferences planned, moved and cancelled by
 * the ZVH manager or a case director (the policy decision point); every invitee is told of a move
 * or a cancellation ({@link Invitations}). The calendar itself holds no personal data.
 */
@Stateless
@TenantScoped
public class Conferences {

  /** How far ahead a new series is planned as conferences. */
  static final Duration SERIES_HORIZON = Duration.ofDays(366);

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @Inject private Clock clock;
  @Inject private ConferenceLog log;
  @EJB private Invitations invitations;
  @EJB private CaseRecords records;
  @EJB private Agendas agendas;

  /**
   * The conferences that start in [from, to), cancelled ones included, oldest first (at most 500).
   *
   * @throws nl.casustafel.policy.AccessRefused for a user outside the tenant (logged)
   */
  public List<ConferenceEntry> between(CurrentUser user, Instant from, Instant to) {
    log.refuseIf(user, PDP.refusalToSeeConferences(user, tenant()), "CALENDAR", now());
    List<Conference> found =
        em.createQuery(
                "SELECT c FROM Conference c WHERE c.startsAt >= :from AND c.startsAt < :to"
                    + " ORDER BY c.startsAt, c.id",
                Conference.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(500)
            .getResultList();
    Map<Long, Long> counts = itemCounts(found);
    return found.stream().map(c -> ConferenceEntry.of(c, counts.getOrDefault(c.id(), 0L))).toList();
  }

  /** Whether the user may plan the tenant's conferences (to offer the forms); logs nothing. */
  public boolean mayPlan(CurrentUser user) {
    return PDP.refusalToPlanConferences(user, tenant()).isEmpty();
  }

  /**
   * Plans one conference; an individual case conference (ICO) takes its case onto the agenda.
   *
   * @throws nl.casustafel.policy.AccessRefused for a user who may not plan (logged); for an ICO,
   *     one who may not direct the case
   * @throws CaseUnknown for an ICO's case the user may not know (logged)
   */
  public Conference plan(CurrentUser user, Planning planning) {
    Instant now = now();
    log.refuseIf(user, PDP.refusalToPlanConferences(user, tenant()), "PLAN", now);
    if (planning.kase().isPresent()) {
      log.refuseIf(user, PDP.refusalToDirect(user, tenant()), "PLAN_ICO", now);
      records.requireKnown(user, planning.kase().get(), java.util.Set.of(DataCategory.IDENTIFYING));
    }
    Conference conference = new Conference(planning, newUid(), user.username(), now);
    em.persist(conference);
    em.flush();
    planning.kase().ifPresent(k -> agendas.place(user, conference, k, AgendaReason.DIRECTOR));
    agendas.placeDueAgreements(user, conference);
    return conference;
  }

  /**
   * Starts a series and plans its conferences for a year from its first day (at most 60).
   *
   * @throws nl.casustafel.policy.AccessRefused for a user who may not plan (logged)
   */
  public ConferenceSeries startSeries(
      CurrentUser user, String title, Recurrence rule, Venue venue) {
    Instant now = now();
    log.refuseIf(user, PDP.refusalToPlanConferences(user, tenant()), "PLAN_SERIES", now);
    ConferenceSeries series = new ConferenceSeries(title, rule, venue, user.username(), now);
    em.persist(series);
    em.flush();
    // From its first day (or now, for a series that started already) a year ahead.
    Instant first = AmsterdamTime.startOf(rule.firstDay());
    Instant from = first.isAfter(now) ? first : now;
    rule.between(from, from.plus(SERIES_HORIZON)).stream()
        .limit(60)
        .forEach(
            slot ->
                em.persist(
                    new Conference(
                        new Planning(
                            series.title(),
                            slot.start(),
                            slot.end(),
                            venue,
                            Optional.of(series.id()),
                            Optional.empty()),
                        newUid(),
                        user.username(),
                        now)));
    em.flush();
    return series;
  }

  /**
   * Moves a planned conference; the invitees get an update with the same UID and a higher sequence.
   *
   * @throws IllegalStateException when the conference is cancelled or finalised
   */
  public Conference move(CurrentUser user, long id, Instant start, Instant end) {
    Conference conference = planned(user, id, "MOVE");
    if (Duration.between(start, end).toHours() > 12) {
      throw new IllegalArgumentException("end must lie within 12 hours of start.");
    }
    Instant formerStart = conference.start();
    Instant formerEnd = conference.end();
    conference.move(start, end);
    invitations.changed(conference, formerStart, formerEnd);
    return conference;
  }

  /** Cancels a planned conference; the invitees get a cancellation (same UID, higher sequence). */
  public Conference cancel(CurrentUser user, long id) {
    Conference conference = planned(user, id, "CANCEL");
    conference.cancel();
    invitations.cancelled(conference);
    return conference;
  }

  /**
   * The conference, for any member of the tenant.
   *
   * @throws CaseUnknown when there is no such conference in the tenant
   */
  public Conference find(CurrentUser user, long id) {
    log.refuseIf(user, PDP.refusalToSeeConferences(user, tenant()), "CONFERENCE", now());
    return Optional.ofNullable(em.find(Conference.class, id)).orElseThrow(CaseUnknown::new);
  }

  private Conference planned(CurrentUser user, long id, String what) {
    log.refuseIf(user, PDP.refusalToPlanConferences(user, tenant()), what, now());
    Conference conference =
        Optional.ofNullable(em.find(Conference.class, id)).orElseThrow(CaseUnknown::new);
    conference.requirePlanned();
    return conference;
  }

  private Map<Long, Long> itemCounts(List<Conference> conferences) {
    if (conferences.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "SELECT i.conferenceId, COUNT(i) FROM AgendaItem i WHERE i.conferenceId IN :ids"
                + " GROUP BY i.conferenceId",
            Object[].class)
        .setParameter("ids", conferences.stream().map(Conference::id).toList())
        .getResultList()
        .stream()
        .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
  }

  private static String newUid() {
    return UUID.randomUUID() + "@casustafel";
  }

  private TenantId tenant() {
    return tenant.current().orElseThrow();
  }

  private Instant now() {
    return Clocks.now(clock);
  }
}
