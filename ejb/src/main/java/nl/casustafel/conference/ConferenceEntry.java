package nl.casustafel.conference;

import java.time.Instant;

/**
 * A conference as the calendar shows it to every member of the tenant: no case, no person — only
 * its title, time (UTC; shown in Europe/Amsterdam), venue, status and how many items it has.
 */
public record ConferenceEntry(
    long id,
    String title,
    Instant start,
    Instant end,
    Venue venue,
    ConferenceStatus status,
    boolean individual,
    long items) {

  static ConferenceEntry of(Conference c, long items) {
    return new ConferenceEntry(
        c.id(), c.title(), c.start(), c.end(), c.venue(), c.status(), c.kase().isPresent(), items);
  }
}
