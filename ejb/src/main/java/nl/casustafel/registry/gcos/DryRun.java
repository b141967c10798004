package nl.casustafel.registry.gcos;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.casustafel.registry.gcos.ExistingRegistry.ExistingCase;
import nl.casustafel.registry.gcos.ExistingRegistry.ExistingClient;

/**
 * Decides, line by line in file order, what the import does with each line; stores nothing. It
 * keeps the cases and new clients of the lines so far ({@link CaseBook}, {@link ClientIndex}); a
 * rejected line changes neither, so that later lines are judged as if it were not there.
 */
final class DryRun {

  private final RowParser parser;
  private final ExistingRegistry registry;
  private final CaseBook cases = new CaseBook();
  private final ClientIndex clients;
  private ImportTotals totals = ImportTotals.NONE;
  private boolean meetingAdded;

  DryRun(ExistingRegistry registry, LocalDate today) {
    this.parser = new RowParser(today);
    this.registry = registry;
    this.clients = new ClientIndex(registry);
  }

  /** The verdict on the next line; lines must come in file order. */
  LineReport judge(RawLine raw) {
    meetingAdded = false;
    LineReport report = decide(raw);
    totals = totals.plus(report, meetingAdded);
    return report;
  }

  ImportTotals totals() {
    return totals;
  }

  private LineReport decide(RawLine raw) {
    RowParser.Parsed parsed = parser.parse(raw);
    if (!parsed.valid()) {
      return LineReport.rejected(raw.number(), parsed.reasons());
    }
    GcosRow row = parsed.row();
    String number = row.registrationNumber();
    if (registry.belongsToOtherTenant(number)) {
      return LineReport.rejected(row.line(), ImportText.OTHER_TENANT);
    }
    CaseBook.Entry known = cases.get(number);
    if (known != null) {
      return nextLineOfCase(row, known);
    }
    Optional<ExistingCase> existing = registry.caseByGcosNumber(number);
    return existing.isPresent() ? existingCase(row, existing.get()) : newCase(row);
  }

  /** The cases of the file as judged so far; for the commit. */
  CaseBook cases() {
    return cases;
  }

  private LineReport nextLineOfCase(GcosRow row, CaseBook.Entry known) {
    String inconsistency = CaseConsistency.check(known, row);
    if (inconsistency != null) {
      return LineReport.rejected(row.line(), inconsistency);
    }
    if (known.form == null) {
      known.form = row.exploitationForm();
    }
    return meeting(row, known);
  }

  private LineReport existingCase(GcosRow row, ExistingCase existing) {
    if (existing.caseType() != row.caseType()) {
      return LineReport.rejected(row.line(), ImportText.EXISTING_OTHER_TYPE);
    }
    if (!isClientOf(row.person(), existing.clientId())) {
      return LineReport.rejected(row.line(), ImportText.EXISTING_OTHER_PERSON);
    }
    CaseBook.Entry entry =
        new CaseBook.Entry(row, existing.id(), ClientRef.existing(existing.clientId()));
    entry.addExistingMeetings(existing.meetingDates());
    cases.put(row.registrationNumber(), entry);
    return meeting(row, entry);
  }

  private boolean isClientOf(Person person, String clientId) {
    List<ExistingClient> candidates =
        person.bsn() != null ? registry.clientsByBsn(person.bsn()) : List.of();
    if (candidates.stream().anyMatch(c -> c.id().equals(clientId))) {
      return true;
    }
    return person.dateOfBirth() != null
        && registry
            .clientsByNameAndBirthDate(person.normalisedName(), person.dateOfBirth())
            .stream()
            .anyMatch(c -> c.id().equals(clientId));
  }

  private LineReport newCase(GcosRow row) {
    ClientMatch match = clients.match(row.person().key());
    if (match.isAmbiguous()) {
      return LineReport.rejected(row.line(), match.reason());
    }
    ClientRef client = match.isNew() ? ClientRef.newFromLine(row.line()) : match.client();
    CaseBook.Entry entry = new CaseBook.Entry(row, null, client);
    cases.put(row.registrationNumber(), entry);
    row.optionalMeetingDate().ifPresent(d -> entry.addMeeting(d, row.line(), row.status()));
    meetingAdded = row.meetingDate() != null;
    if (match.isNew()) {
      clients.add(row.person().key(), row.line());
      return new LineReport(row.line(), Outcome.NEW_CLIENT_NEW_CASE, 0, null, List.of());
    }
    return new LineReport(
        row.line(), Outcome.NEW_CASE_FOR_CLIENT, client.line(), client.existingId(), List.of());
  }

  /** A further line of a known case: a new meeting, or nothing new. */
  private LineReport meeting(GcosRow row, CaseBook.Entry entry) {
    int related = entry.existingId == null ? entry.firstLine : 0;
    if (row.meetingDate() == null) {
      return present(row, entry, related, ImportText.NOTE_NO_MEETING);
    }
    Integer earlier = entry.meetingLine(row.meetingDate());
    if (earlier != null) {
      String note =
          earlier == 0
              ? ImportText.NOTE_EXISTING
              : String.format(ImportText.NOTE_DUPLICATE_MEETING, earlier);
      return present(row, entry, related, note);
    }
    entry.addMeeting(row.meetingDate(), row.line(), row.status());
    meetingAdded = true;
    return new LineReport(row.line(), Outcome.MEETING_ADDED, related, entry.existingId, List.of());
  }

  private static LineReport present(GcosRow row, CaseBook.Entry entry, int related, String note) {
    return new LineReport(
        row.line(), Outcome.ALREADY_PRESENT, related, entry.existingId, List.of(note));
  }
}
