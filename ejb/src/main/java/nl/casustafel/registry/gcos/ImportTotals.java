package nl.casustafel.registry.gcos;

/**
 * The counts of a dry run.
 *
 * @param lines data lines read (header and empty lines not counted)
 * @param newClients clients that the commit creates
 * @param newCases cases that the commit creates
 * @param newMeetings meetings that the commit creates (also those of new cases)
 * @param alreadyPresent lines with nothing new
 * @param rejected lines rejected
 */
public record ImportTotals(
    int lines, int newClients, int newCases, int newMeetings, int alreadyPresent, int rejected) {

  static final ImportTotals NONE = new ImportTotals(0, 0, 0, 0, 0, 0);

  ImportTotals plus(LineReport r, boolean hasMeeting) {
    Outcome o = r.outcome();
    boolean newCase = o == Outcome.NEW_CLIENT_NEW_CASE || o == Outcome.NEW_CASE_FOR_CLIENT;
    return new ImportTotals(
        lines + 1,
        newClients + (o == Outcome.NEW_CLIENT_NEW_CASE ? 1 : 0),
        newCases + (newCase ? 1 : 0),
        newMeetings + ((newCase && hasMeeting) || o == Outcome.MEETING_ADDED ? 1 : 0),
        alreadyPresent + (o == Outcome.ALREADY_PRESENT ? 1 : 0),
        rejected + (o == Outcome.REJECTED ? 1 : 0));
  }
}
