package nl.casustafel.conference.print;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One partner's copy of a conference's minutes: the agenda's heading, per item what the partner may
 * read, the agreements and the attendance list.
 *
 * @param tenantName the Zorg- en Veiligheidshuis
 * @param conferenceTitle the conference's title
 * @param start the start (UTC; printed in Amsterdam time)
 * @param end the end
 * @param place the meeting room or address, if any
 * @param partnerName the organisation this copy is for
 * @param printedAt when the copy was made (UTC; also the PDF's creation date)
 * @param items the agenda items in order, cut to what the partner may see
 * @param agreements the agreements the partner may see
 * @param attendance the attendance list
 */
public record PrintedMinutes(
    String tenantName,
    String conferenceTitle,
    Instant start,
    Instant end,
    Optional<String> place,
    String partnerName,
    Instant printedAt,
    List<MinutesItem> items,
    List<PrintedAgreement> agreements,
    List<PrintedAttendance> attendance) {

  public PrintedMinutes {
    Objects.requireNonNull(tenantName, "tenantName");
    Objects.requireNonNull(conferenceTitle, "conferenceTitle");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(partnerName, "partnerName");
    Objects.requireNonNull(printedAt, "printedAt");
    items = List.copyOf(items);
    agreements = List.copyOf(agreements);
    attendance = List.copyOf(attendance);
  }
}
