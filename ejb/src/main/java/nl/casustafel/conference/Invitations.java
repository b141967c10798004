package nl.casustafel.conference;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import nl.casustafel.conference.invitation.CalendarEvent;
import nl.casustafel.conference.invitation.ConferenceCalendar;
import nl.casustafel.conference.invitation.ConferenceMail;
import nl.casustafel.conference.invitation.MailFacts;
import nl.casustafel.conference.invitation.MailText;
import nl.casustafel.mail.CalendarPart;
import nl.casustafel.mail.Mail;
import nl.casustafel.mail.Outbox;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.Clocks;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the organisations invited to a conference what they need to know — by e-mail to their
 * organisation's conference mailbox ({@code tenant_partner.conference_email}), through the outbox
 * in the same transaction as the change: the conference, how many items are theirs, and a link.
 * Never a client, a case reference or a text (the builders take no such thing). Invitations, moves
 * and cancellations carry an iCalendar part (RFC 5546: REQUEST or CANCEL, the conference's UID, its
 * sequence raised for every change).
 */
@Stateless
@TenantScoped
public class Invitations {

  private static final Logger LOG = Logger.getLogger(Invitations.class.getName());

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @Inject private Clock clock;
  @EJB private Outbox outbox;

  @Inject
  @ConfigProperty(name = "casustafel.public-url", defaultValue = "http://localhost:9080/")
  private String publicUrl;

  @Inject
  @ConfigProperty(name = "casustafel.mail.from", defaultValue = "casusoverleg@casustafel.example")
  private String from;

  /** A partner was invited to an item: it gets the invitation with its current item count. */
  public void invited(Conference conference, PartnerId partner) {
    Map<PartnerId, Long> counts = invitees(conference);
    send(conference, Map.of(partner, counts.getOrDefault(partner, 1L)), Kind.INVITED, null);
  }

  /** The conference moved: every invitee gets an update (same UID, higher sequence). */
  public void changed(Conference conference, Instant formerStart, Instant formerEnd) {
    conference.nextSequence();
    send(conference, invitees(conference), Kind.MOVED, new Instant[] {formerStart, formerEnd});
  }

  /** The conference was cancelled: every invitee gets a CANCEL (same UID, higher sequence). */
  public void cancelled(Conference conference) {
    conference.nextSequence();
    send(conference, invitees(conference), Kind.CANCELLED, null);
  }

  /** The minutes are final: every invitee is told they can read its version (no calendar part). */
  public void minutesReady(Conference conference) {
    send(conference, invitees(conference), Kind.MINUTES, null);
  }

  private enum Kind {
    INVITED,
    MOVED,
    CANCELLED,
    MINUTES
  }

  private void send(Conference c, Map<PartnerId, Long> to, Kind kind, Instant[] former) {
    Map<PartnerId, Mailbox> boxes = mailboxes();
    List<String> attendees =
        to.keySet().stream().map(boxes::get).filter(b -> b != null).map(Mailbox::address).toList();
    for (Map.Entry<PartnerId, Long> entry : to.entrySet()) {
      Mailbox box = boxes.get(entry.getKey());
      if (box == null) {
        LOG.warning(() -> entry.getKey() + " has no conference mailbox: not told of " + c.id());
        continue;
      }
      MailFacts facts =
          new MailFacts(
              c.title(),
              c.start(),
              c.end(),
              c.venue().place(),
              c.venue().videoLink(),
              box.organisation(),
              entry.getValue().intValue(),
              link(c));
      MailText text =
          switch (kind) {
            case INVITED -> ConferenceMail.DUTCH.invitation(facts);
            case MOVED -> ConferenceMail.DUTCH.moved(facts, former[0], former[1]);
            case CANCELLED -> ConferenceMail.DUTCH.cancelled(facts);
            case MINUTES -> ConferenceMail.DUTCH.minutesReady(facts);
          };
      outbox.enqueue(
          new Mail(box.address(), text.subject(), text.body(), calendar(c, kind, attendees)));
    }
  }

  private Optional<CalendarPart> calendar(Conference c, Kind kind, List<String> attendees) {
    if (kind == Kind.MINUTES) {
      return Optional.empty();
    }
    CalendarEvent event =
        new CalendarEvent(
            c.uid(),
            c.sequence(),
            c.title(),
            c.start(),
            c.end(),
            c.venue().place(),
            c.venue().videoLink(),
            link(c),
            from,
            attendees,
            Clocks.now(clock));
    return Optional.of(
        kind == Kind.CANCELLED
            ? new CalendarPart("CANCEL", ConferenceCalendar.cancel(event))
            : new CalendarPart("REQUEST", ConferenceCalendar.request(event)));
  }

  private URI link(Conference c) {
    String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    return URI.create(base + "conference.xhtml?id=" + c.id());
  }

  /** The invited partners of the conference, each with its number of items. */
  private Map<PartnerId, Long> invitees(Conference c) {
    Map<PartnerId, Long> counts = new TreeMap<>(java.util.Comparator.comparing(PartnerId::value));
    em.createQuery(
            "SELECT v.partner, COUNT(v) FROM AgendaInvitee v, AgendaItem i WHERE v.item = i.id"
                + " AND i.conferenceId = :c GROUP BY v.partner",
            Object[].class)
        .setParameter("c", c.id())
        .getResultList()
        .forEach(r -> counts.put(new PartnerId((String) r[0]), (Long) r[1]));
    return counts;
  }

  private record Mailbox(String organisation, String address) {}

  /** The tenant's partners with a conference mailbox (native: tenant_partner has no entity). */
  private Map<PartnerId, Mailbox> mailboxes() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.id, p.name, tp.conference_email FROM tenant_partner tp"
                    + " JOIN partner p ON p.id = tp.partner_id"
                    + " WHERE tp.tenant_id = ?1 AND tp.conference_email IS NOT NULL")
            .setParameter(1, tenant.current().orElseThrow().value())
            .getResultList();
    Map<PartnerId, Mailbox> boxes = new TreeMap<>(java.util.Comparator.comparing(PartnerId::value));
    rows.forEach(
        r -> boxes.put(new PartnerId((String) r[0]), new Mailbox((String) r[1], (String) r[2])));
    return boxes;
  }
}
