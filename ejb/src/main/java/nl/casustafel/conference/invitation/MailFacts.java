package nl.casustafel.conference.invitation;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything a conference mail may say to one organisation: by design nothing about a case or a
 * client, only the conference and how many of its agenda items concern the recipient.
 *
 * <p>Texts are made one line: line breaks, other control and format characters and runs of white
 * space become one space, so that no title can add a header to a mail or a line to its body.
 *
 * @param title the conference's title, never blank
 * @param start the start, UTC; shown in Europe/Amsterdam time
 * @param end the end, after the start
 * @param place the meeting room or address, if any
 * @param videoLink the video meeting, if any
 * @param organisation the recipient organisation's name, never blank
 * @param agendaItems the number of agenda items of the recipient organisation, 0 or more
 * @param link the conference's page in Casustafel
 * @throws IllegalArgumentException when a text is blank, the count negative or the end not after
 *     the start
 */
public record MailFacts(
    String title,
    Instant start,
    Instant end,
    Optional<String> place,
    Optional<URI> videoLink,
    String organisation,
    int agendaItems,
    URI link) {

  private static final Pattern NOT_ONE_LINE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Z}\\s]+");

  public MailFacts {
    title = oneLine(title, "title");
    organisation = oneLine(organisation, "organisation");
    place = place.map(text -> oneLine(text, "place"));
    Objects.requireNonNull(videoLink, "videoLink");
    Objects.requireNonNull(link, "link");
    if (agendaItems < 0) {
      throw new IllegalArgumentException("agendaItems must not be negative: " + agendaItems);
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start: " + start + " - " + end);
    }
  }

  private static String oneLine(String text, String name) {
    String line = text == null ? "" : NOT_ONE_LINE.matcher(text).replaceAll(" ").strip();
    if (line.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return line;
  }
}
