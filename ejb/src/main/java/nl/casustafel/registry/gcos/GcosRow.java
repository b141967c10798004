package nl.casustafel.registry.gcos;

import java.time.LocalDate;
import java.util.Optional;
import nl.casustafel.casefile.CaseStatus;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.casefile.ExploitationForm;

/**
 * One valid line of a GCOS file: one registered meeting of one case of one person.
 *
 * @param line the line number (header = 1)
 * @param registrationNumber Registratienummer, GCOS's case reference, stripped of spaces around it
 * @param referredOn Datum aanmelding, or null
 * @param referrer Aanmelder (the organisation that referred the case), as written
 * @param meetingDate Datum overleg, or null when the line registers no meeting
 * @param director Regisseur, as written
 * @param exploitationForm Uitbuitingsvorm, or null (human trafficking only)
 */
public record GcosRow(
    int line,
    String registrationNumber,
    CaseType caseType,
    Person person,
    LocalDate referredOn,
    String referrer,
    CaseStatus status,
    LocalDate meetingDate,
    String director,
    ExploitationForm exploitationForm) {

  public Optional<LocalDate> optionalMeetingDate() {
    return Optional.ofNullable(meetingDate);
  }
}
