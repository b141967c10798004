package nl.casustafel.conference;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseRecords;
import nl.casustafel.casefile.CaseRecords.Categorised;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.Clocks;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;
import nl.casustafel.tenant.TenantId;

/**
 * The conference itself: its agenda as one reader may see it (cases it does not take part in show
 * as "niet voor uw organisatie"), the attendance register, the minutes per item and the finalising
 * of the minutes, after which every invitee is told they are ready (no personal data).
 */
@Stateless
@TenantScoped
public class Meetings {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @Inject private Clock clock;
  @Inject private ConferenceLog log;
  @EJB private CaseRecords records;
  @EJB private Agendas agendas;
  @EJB private Conferences conferences;
  @EJB private Invitations invitations;

  /**
   * The conference as the user may see it; each case shown is logged ({@code action}: READ on
   * screen, PRINT for a PDF).
   *
   * @throws CaseUnknown for a conference not in the tenant
   */
  public ConferenceView view(CurrentUser user, long conferenceId, AuditAction action) {
    Conference conference = conferences.find(user, conferenceId);
    List<AgendaItem> items = agendas.items(conferenceId);
    Map<CaseId, CaseRecords.Shown<CaseRecord>> shown =
        records.read(user, wanted(items, AmsterdamTime.dayOf(now())), action);
    TimePlan plan =
        TimePlan.of(
            new Slot(conference.start(), conference.end()),
            items.stream().map(AgendaItem::timebox).toList());
    Map<Long, List<PartnerId>> invitees = inviteesByItem(items);
    List<ItemView> views = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      AgendaItem item = items.get(i);
      Optional<CaseRecords.Shown<CaseRecord>> seen = Optional.ofNullable(shown.get(item.kase()));
      TimePlan.PlannedItem planned = plan.items().get(i);
      views.add(
          new ItemView(
              item.id(),
              item.position(),
              item.timebox(),
              planned.slot().start(),
              planned.slot().end(),
              planned.overruns(),
              item.reason(),
              seen.isPresent() ? invitees.getOrDefault(item.id(), List.of()) : List.of(),
              seen));
    }
    return new ConferenceView(
        conference, views, plan.overrun(), attendance(conferenceId), rights(user));
  }

  /**
   * Records one line of the attendance register.
   *
   * @throws nl.casustafel.policy.AccessRefused for a user who does not keep minutes (logged)
   */
  public Attendance attend(
      CurrentUser user, long conferenceId, PartnerId partner, String person, Presence presence) {
    log.refuseIf(user, PDP.refusalToKeepMinutes(user, tenant()), "ATTENDANCE", now());
    Conference conference = conferences.find(user, conferenceId);
    conference.requirePlanned();
    Attendance line =
        new Attendance(conferenceId, partner, person, presence, user.username(), now());
    em.persist(line);
    em.flush();
    return line;
  }

  /**
   * Adds a paragraph to an item's minutes, if the covenant lets the writer's organisation provide
   * its category (logged as CREATE on the case).
   *
   * @throws nl.casustafel.policy.AccessRefused for a user who does not keep minutes, or a category
   *     the organisation may not provide (logged)
   * @throws IllegalStateException once the minutes are final
   */
  public CaseRecord.Paragraph write(
      CurrentUser user,
      long itemId,
      nl.casustafel.covenant.DataCategory category,
      ParagraphKind kind,
      String text) {
    AgendaItem item = openItem(user, itemId, "MINUTES");
    return records.write(
        user,
        item.kase(),
        category,
        () -> {
          MinutesParagraph p =
              new MinutesParagraph(item, category, kind, text, user.username(), now());
          em.persist(p);
          em.flush();
          return CaseRecord.Paragraph.of(p);
        });
  }

  /**
   * Replaces a paragraph's text if nobody saved it since {@code seenVersion}.
   *
   * @throws MinutesConflict when someone did: it carries the stored text only if the writer may
   *     read it
   */
  public CaseRecord.Paragraph rewrite(
      CurrentUser user, long paragraphId, long seenVersion, String text) {
    MinutesParagraph p =
        Optional.ofNullable(em.find(MinutesParagraph.class, paragraphId))
            .orElseThrow(CaseUnknown::new);
    openItem(user, p.item(), "MINUTES");
    return records.write(
        user,
        p.kase(),
        p.category(),
        () -> {
          p.rewrite(seenVersion, text, user.username(), now());
          em.flush();
          return CaseRecord.Paragraph.of(p);
        });
  }

  /**
   * The director finalises the minutes: nothing can be added after; every invitee is told by e-mail
   * that they are ready (no personal data).
   */
  public Conference finalise(CurrentUser user, long conferenceId) {
    log.refuseIf(user, PDP.refusalToDirect(user, tenant()), "FINALISE", now());
    Conference conference = conferences.find(user, conferenceId);
    conference.finalise(user.username(), now());
    invitations.minutesReady(conference);
    return conference;
  }

  private AgendaItem openItem(CurrentUser user, long itemId, String what) {
    log.refuseIf(user, PDP.refusalToKeepMinutes(user, tenant()), what, now());
    AgendaItem item =
        Optional.ofNullable(em.find(AgendaItem.class, itemId)).orElseThrow(CaseUnknown::new);
    conferences.find(user, item.conference()).requirePlanned();
    return item;
  }

  private Map<CaseId, List<Categorised<CaseRecord>>> wanted(
      List<AgendaItem> items, LocalDate today) {
    Map<CaseId, List<Categorised<CaseRecord>>> wanted = new LinkedHashMap<>();
    if (items.isEmpty()) {
      return wanted;
    }
    List<Long> itemIds = items.stream().map(AgendaItem::id).toList();
    Map<Long, List<MinutesParagraph>> minutes =
        em
            .createQuery(
                "SELECT p FROM MinutesParagraph p WHERE p.itemId IN :items ORDER BY p.id",
                MinutesParagraph.class)
            .setParameter("items", itemIds)
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(MinutesParagraph::item));
    Map<CaseId, List<Agreement>> pacts = agreementsFor(items);
    for (AgendaItem item : items) {
      List<Categorised<CaseRecord>> of = new ArrayList<>();
      minutes.getOrDefault(item.id(), List.of()).stream()
          .map(p -> new Categorised<CaseRecord>(p.category(), () -> CaseRecord.Paragraph.of(p)))
          .forEach(of::add);
      pacts.getOrDefault(item.kase(), List.of()).stream()
          .filter(a -> a.item().equals(Optional.of(item.id())) || a.status().followedUpNow())
          .map(a -> new Categorised<CaseRecord>(a.category(), () -> CaseRecord.Pact.of(a, today)))
          .forEach(of::add);
      wanted.put(item.kase(), of);
    }
    return wanted;
  }

  private Map<CaseId, List<Agreement>> agreementsFor(List<AgendaItem> items) {
    return em
        .createQuery(
            "SELECT a FROM Agreement a WHERE a.caseId IN :cases ORDER BY a.dueOn, a.id",
            Agreement.class)
        .setParameter("cases", items.stream().map(i -> i.kase().value()).toList())
        .getResultList()
        .stream()
        .collect(Collectors.groupingBy(Agreement::kase));
  }

  private Map<Long, List<PartnerId>> inviteesByItem(List<AgendaItem> items) {
    if (items.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "SELECT v FROM AgendaInvitee v WHERE v.item IN :items ORDER BY v.partner",
            AgendaInvitee.class)
        .setParameter("items", items.stream().map(AgendaItem::id).toList())
        .getResultList()
        .stream()
        .collect(
            Collectors.groupingBy(
                AgendaInvitee::item,
                Collectors.mapping(AgendaInvitee::partner, Collectors.toList())));
  }

  private List<Attendance> attendance(long conferenceId) {
    return em.createQuery(
            "SELECT a FROM Attendance a WHERE a.conferenceId = :c ORDER BY a.partner, a.person",
            Attendance.class)
        .setParameter("c", conferenceId)
        .getResultList();
  }

  private ConferenceView.Rights rights(CurrentUser user) {
    return new ConferenceView.Rights(
        PDP.refusalToPlanConferences(user, tenant()).isEmpty(),
        PDP.refusalToDirect(user, tenant()).isEmpty(),
        PDP.refusalToKeepMinutes(user, tenant()).isEmpty());
  }

  private TenantId tenant() {
    return tenant.current().orElseThrow();
  }

  private Instant now() {
    return Clocks.now(clock);
  }
}
