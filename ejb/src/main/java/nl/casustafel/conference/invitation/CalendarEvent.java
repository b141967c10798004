package nl.casustafel.conference.invitation;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One conference as a calendar entry: what {@link ConferenceCalendar} needs, nothing more.
 *
 * @param uid the entry's identity in every calendar it reaches; the same for the invitation, every
 *     change and the cancellation of one conference (RFC 5545 §3.8.4.7), never blank
 * @param sequence the revision, 0 for the first invitation and one higher for every change that
 *     moves or cancels it (RFC 5545 §3.8.7.4); calendars ignore a message with a lower one
 * @param title the conference's title (SUMMARY), never blank; no client or case data
 * @param start the start, UTC; written as Europe/Amsterdam wall-clock time
 * @param end the end, after the start
 * @param place the meeting room or address (LOCATION), if any
 * @param videoLink the video meeting, if any
 * @param link the conference's page in Casustafel (URL)
 * @param organizerEmail the sending address (ORGANIZER), e.g. the Zorg- en Veiligheidshuis's
 * @param attendeeEmails the invited organisations' conference addresses (ATTENDEE), may be empty
 * @param stamp when this message was made (DTSTAMP), UTC
 * @throws IllegalArgumentException when a text is blank, the sequence negative or the end not after
 *     the start
 */
public record CalendarEvent(
    String uid,
    int sequence,
    String title,
    Instant start,
    Instant end,
    Optional<String> place,
    Optional<URI> videoLink,
    URI link,
    String organizerEmail,
    List<String> attendeeEmails,
    Instant stamp) {

  public CalendarEvent {
    requireText(uid, "uid");
    requireText(title, "title");
    requireText(organizerEmail, "organizerEmail");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(videoLink, "videoLink");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(stamp, "stamp");
    attendeeEmails = List.copyOf(attendeeEmails);
    attendeeEmails.forEach(email -> requireText(email, "attendeeEmails"));
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative: " + sequence);
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start: " + start + " - " + end);
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
