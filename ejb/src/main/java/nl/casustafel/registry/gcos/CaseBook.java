package nl.casustafel.registry.gcos;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.casustafel.casefile.CaseStatus;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.casefile.ExploitationForm;

/**
 * The cases of one import so far, by registration number: per case only what later lines are
 * checked against and its meeting dates. Memory: a few small objects per case and per meeting.
 */
final class CaseBook {

  /** One case of the file (new, or already in the tenant). */
  static final class Entry {
    final int firstLine;
    final String existingId;
    final ClientRef client;
    final CaseType type;
    final Person.PersonKey person;
    ExploitationForm form;
    private final Map<LocalDate, Integer> meetingLines = new HashMap<>();
    private LocalDate latestMeeting;
    private CaseStatus latestStatus;

    Entry(GcosRow row, String existingId, ClientRef client) {
      this.firstLine = row.line();
      this.existingId = existingId;
      this.client = client;
      this.type = row.caseType();
      this.person = row.person().key();
      this.form = row.exploitationForm();
      this.latestStatus = row.status();
    }

    /** The line that registered this meeting: 0 when the tenant already had it; null if none. */
    Integer meetingLine(LocalDate date) {
      return meetingLines.get(date);
    }

    void addMeeting(LocalDate date, int line, CaseStatus status) {
      meetingLines.put(date, line);
      // The status of a case is that of its latest meeting; later lines win a tie.
      if (latestMeeting == null || !date.isBefore(latestMeeting)) {
        latestMeeting = date;
        latestStatus = status;
      }
    }

    void addExistingMeetings(Iterable<LocalDate> dates) {
      dates.forEach(d -> meetingLines.put(d, 0));
    }

    CaseStatus latestStatus() {
      return latestStatus;
    }
  }

  private final Map<String, Entry> byNumber = new HashMap<>();

  Entry get(String registrationNumber) {
    return byNumber.get(registrationNumber);
  }

  void put(String registrationNumber, Entry entry) {
    byNumber.put(registrationNumber, entry);
  }
}
