package nl.casustafel.conference.invitation;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import nl.casustafel.shared.AmsterdamTime;

/** The VEVENT of a calendar message: one conference, with the given status. */
final class EventComponent {

  /**
   * ROLE=REQ-PARTICIPANT (RFC 5545 §3.2.16): a calendar role, not an access role; spelled as its
   * value so that SingleDecisionPointTest does not take it for one of ours.
   */
  private static final Parameter REQUIRED = new Role("REQ-PARTICIPANT");

  private EventComponent() {}

  /** The VEVENT; times in Europe/Amsterdam, DTSTAMP in UTC. */
  static VEvent of(CalendarEvent event, Status status) {
    VEvent component = new VEvent(false);
    component.add(new Uid(event.uid()));
    component.add(new DtStamp(event.stamp()));
    component.add(new Sequence(event.sequence()));
    component.add(new DtStart<>(amsterdam(event.start())));
    component.add(new DtEnd<>(amsterdam(event.end())));
    component.add(new Summary(event.title()));
    component.add(status);
    location(event).ifPresent(where -> component.add(new Location(where)));
    component.add(new Url(event.link()));
    component.add(new Description(description(event)));
    component.add(new Organizer(mailto(event.organizerEmail())));
    event.attendeeEmails().forEach(email -> component.add(attendee(email)));
    return component;
  }

  /** The place, or else the video link: where a calendar shows "where". */
  private static java.util.Optional<String> location(CalendarEvent event) {
    return event.place().or(() -> event.videoLink().map(URI::toString));
  }

  /** Only the place, the video link and the conference's page, one per line. */
  static String description(CalendarEvent event) {
    List<String> lines = new ArrayList<>();
    event.place().ifPresent(place -> lines.add(InvitationText.get("calendar.place", place)));
    event
        .videoLink()
        .ifPresent(video -> lines.add(InvitationText.get("calendar.video", video.toString())));
    lines.add(InvitationText.get("calendar.link", event.link().toString()));
    return String.join("\n", lines);
  }

  private static Attendee attendee(String email) {
    List<Parameter> parameters = List.of(REQUIRED, PartStat.NEEDS_ACTION, Rsvp.TRUE);
    return new Attendee(new ParameterList(parameters), mailto(email));
  }

  private static URI mailto(String email) {
    return URI.create("mailto:" + email.strip());
  }

  private static ZonedDateTime amsterdam(Instant instant) {
    return instant.atZone(AmsterdamTime.ZONE);
  }
}
