package nl.casustafel.conference.print;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One partner's copy of a conference agenda.
 *
 * @param tenantName the Zorg- en Veiligheidshuis
 * @param conferenceTitle the conference's title
 * @param start the start (UTC; printed in Amsterdam time)
 * @param end the end
 * @param place the meeting room or address, if any
 * @param partnerName the organisation this copy is for
 * @param printedAt when the copy was made (UTC; also the PDF's creation date)
 * @param items the agenda items in order, cut to what the partner may see
 */
public record PrintedAgenda(
    String tenantName,
    String conferenceTitle,
    Instant start,
    Instant end,
    Optional<String> place,
    String partnerName,
    Instant printedAt,
    List<PrintedItem> items) {

  public PrintedAgenda {
    Objects.requireNonNull(tenantName, "tenantName");
    Objects.requireNonNull(conferenceTitle, "conferenceTitle");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(partnerName, "partnerName");
    Objects.requireNonNull(printedAt, "printedAt");
    items = List.copyOf(items);
  }
}
