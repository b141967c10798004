package nl.casustafel.registry.gcos;

import static nl.casustafel.registry.gcos.GcosColumns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.casustafel.casefile.CaseStatus;
import nl.casustafel.registry.gcos.ImportCommand.NewCase;
import nl.casustafel.registry.gcos.ImportCommand.NewClient;
import nl.casustafel.registry.gcos.ImportCommand.NewMeeting;
import org.junit.jupiter.api.Test;

/** Rows of meetings become clients with cases with meetings; unclear matches are rejected. */
class GroupingTest {

  private static final LocalDate TODAY = FileLevelTest.TODAY;
  private static final String BSN_A = TestBsns.valid(11);
  private static final String BSN_B = TestBsns.valid(12);

  private static ImportReport dryRun(GcosFile file, ExistingRegistry registry) throws Exception {
    return GcosImport.dryRun(file.source(), registry, TODAY);
  }

  private static List<Outcome> outcomes(ImportReport r) {
    return r.lines().stream().map(LineReport::outcome).toList();
  }

  @Test
  void linesWithOneRegistrationNumberAreOneCaseWithItsMeetings() throws Exception {
    GcosFile file =
        new GcosFile()
            .add(GcosFile.line("MH-1").meeting("10-03-2020").set(STATUS, "Open"))
            .add(GcosFile.line("MH-1").meeting("24-03-2020").set(STATUS, "Gesloten"))
            .add(GcosFile.line("MH-1").meeting("17-03-2020").set(STATUS, "Lopend"))
            .add(GcosFile.line("MH-1").meeting("24-03-2020").set(STATUS, "Gesloten"))
            .add(GcosFile.line("MH-1").meeting(""));
    ImportReport r = dryRun(file, ExistingRegistry.empty());
    assertEquals(
        List.of(
            Outcome.NEW_CLIENT_NEW_CASE,
            Outcome.MEETING_ADDED,
            Outcome.MEETING_ADDED,
            Outcome.ALREADY_PRESENT,
            Outcome.ALREADY_PRESENT),
        outcomes(r));
    assertEquals(new ImportTotals(5, 1, 1, 3, 2, 0), r.totals());
    assertEquals(
        "Regel 3: overleg toegevoegd aan de zaak van regel 2.", r.lines().get(1).describe());
    assertEquals(List.of("Zelfde overleg als regel 3."), r.lines().get(3).messages());

    FakeRegistry sink = new FakeRegistry();
    GcosImport.commit(file.source(), ExistingRegistry.empty(), TODAY, sink);
    assertEquals(5, sink.commands.size(), "client, case, three meetings");
    NewCase kase = (NewCase) sink.commands.get(1);
    assertEquals(CaseStatus.CLOSED, kase.status(), "the status of the latest meeting");
    assertEquals(3, sink.commands.stream().filter(NewMeeting.class::isInstance).count());
  }

  @Test
  void theSameBsnIsOneClientWithSeveralCases() throws Exception {
    GcosFile file =
        new GcosFile()
            .add(GcosFile.line("MH-1").person("Anna", "Jansen", "01-02-1999", BSN_A))
            .add(GcosFile.line("MH-2").person("Anna Maria", "Janssen", "01-02-1999", BSN_A))
            .add(GcosFile.line("MH-3").person("Anna", "Jansen", "01-02-1999", BSN_B));
    ImportReport r = dryRun(file, ExistingRegistry.empty());
    assertEquals(
        List.of(
            Outcome.NEW_CLIENT_NEW_CASE, Outcome.NEW_CASE_FOR_CLIENT, Outcome.NEW_CLIENT_NEW_CASE),
        outcomes(r),
        "another BSN is another person, even with the same name and date of birth");
    assertEquals(2, r.lines().get(1).relatedLine());
    assertEquals("Regel 3: nieuwe zaak voor de cliënt van regel 2.", r.lines().get(1).describe());
    assertEquals(2, r.totals().newClients());
    assertEquals(3, r.totals().newCases());
  }

  @Test
  void withoutBsnTheSameNameAndBirthDateIsOneClient() throws Exception {
    GcosFile file =
        new GcosFile()
            .add(GcosFile.line("MH-1").person("Zoë", "de  Boer", "05-06-2001", ""))
            .add(
                GcosFile.line("MH-2")
                    .person(" zoë ", "Boer", "05-06-2001", "")
                    .set(TUSSENVOEGSEL, "De"))
            .add(GcosFile.line("MH-3").person("Zoe", "de Boer", "05-06-2001", ""))
            .add(GcosFile.line("MH-4").person("Zoë", "de Boer", "06-06-2001", ""))
            .add(GcosFile.line("MH-5").person("Zoë", "Onbekend", "", ""))
            .add(GcosFile.line("MH-6").person("Zoë", "Onbekend", "", ""));
    ImportReport r = dryRun(file, ExistingRegistry.empty());
    assertEquals(
        List.of(
            Outcome.NEW_CLIENT_NEW_CASE,
            Outcome.NEW_CASE_FOR_CLIENT,
            Outcome.NEW_CLIENT_NEW_CASE, // Zoe is not Zoë
            Outcome.NEW_CLIENT_NEW_CASE, // another day of birth
            Outcome.NEW_CLIENT_NEW_CASE,
            Outcome.NEW_CLIENT_NEW_CASE), // no BSN nor birth date: never merged on a name alone
        outcomes(r));
  }

  @Test
  void sameNameAndBirthDateWithAndWithoutBsnIsAmbiguous() throws Exception {
    GcosFile file =
        new GcosFile()
            .add(GcosFile.line("MH-1").person("Anna", "Jansen", "01-02-1999", BSN_A))
            .add(GcosFile.line("MH-2").person("Anna", "Jansen", "01-02-1999", ""))
            .add(GcosFile.line("MH-3").person("Piet", "Smit", "01-02-1990", ""))
            .add(GcosFile.line("MH-4").person("Piet", "Smit", "01-02-1990", BSN_B));
    ImportReport r = dryRun(file, ExistingRegistry.empty());
    assertEquals(
        List.of(
            Outcome.NEW_CLIENT_NEW_CASE,
            Outcome.REJECTED,
            Outcome.NEW_CLIENT_NEW_CASE,
            Outcome.REJECTED),
        outcomes(r));
    assertEquals(List.of(String.format(ImportText.AMBIGUOUS_LINE, 2)), r.lines().get(1).messages());
    assertEquals(List.of(String.format(ImportText.AMBIGUOUS_LINE, 4)), r.lines().get(3).messages());
    assertTrue(r.lines().get(1).describe().contains("regel 2"));
  }

  @Test
  void linesOfOneCaseMustAgree() throws Exception {
    GcosFile file =
        new GcosFile()
            .add(GcosFile.line("MH-1").set(UITBUITINGSVORM, ""))
            .add(GcosFile.line("MH-1").meeting("11-03-2020").set(BSN, BSN_B))
            .add(
                GcosFile.line("MH-1")
                    .meeting("12-03-2020")
                    .set(CASUSTYPE, "TOP-X")
                    .set(UITBUITINGSVORM, ""))
            .add(GcosFile.line("MH-1").meeting("13-03-2020").set(UITBUITINGSVORM, "Overig"))
            .add(
                GcosFile.line("MH-1")
                    .meeting("14-03-2020")
                    .set(UITBUITINGSVORM, "Arbeidsuitbuiting"))
            .add(
                GcosFile.line("MH-1")
                    .meeting("15-03-2020")
                    .set(WOONPLAATS, "Huizen")
                    .set(UITBUITINGSVORM, ""));
    ImportReport r = dryRun(file, ExistingRegistry.empty());
    assertEquals(
        String.format(ImportText.INCONSISTENT_PERSON, 2), r.lines().get(1).messages().get(0));
    assertEquals(
        String.format(ImportText.INCONSISTENT_TYPE, 2), r.lines().get(2).messages().get(0));
    assertEquals(Outcome.MEETING_ADDED, r.lines().get(3).outcome(), "the first form is taken");
    assertEquals(
        String.format(ImportText.INCONSISTENT_EXPLOITATION, 2), r.lines().get(4).messages().get(0));
    assertEquals(Outcome.MEETING_ADDED, r.lines().get(5).outcome(), "residence may change");
    assertEquals(3, r.totals().rejected());
  }

  @Test
  void aRejectedLineLeavesNoTrace() throws Exception {
    GcosFile file =
        new GcosFile()
            .add(GcosFile.line("MH-1").set(BSN, "123"))
            .add(GcosFile.line("MH-1").meeting("11-03-2020"));
    ImportReport r = dryRun(file, ExistingRegistry.empty());
    assertEquals(List.of(Outcome.REJECTED, Outcome.NEW_CLIENT_NEW_CASE), outcomes(r));
  }

  @Test
  void clientsOfTheTenantAreFoundByBsnOrNameAndBirthDate() throws Exception {
    FakeRegistry tenant = new FakeRegistry();
    String byBsn = tenant.addClient(BSN_A, "anna jansen", LocalDate.of(1999, 2, 1)).id();
    String byName = tenant.addClient(null, "piet smit", LocalDate.of(1990, 2, 1)).id();
    tenant.addClient(BSN_B, "kees bak", LocalDate.of(1980, 1, 1));
    GcosFile file =
        new GcosFile()
            .add(GcosFile.line("MH-1").person("Anna", "Jansen", "01-02-1999", BSN_A))
            .add(GcosFile.line("MH-2").person("Piet", "Smit", "01-02-1990", ""))
            .add(GcosFile.line("MH-3").person("Kees", "Bak", "01-01-1980", ""))
            .add(GcosFile.line("MH-4").person("Piet", "Smit", "01-02-1990", TestBsns.valid(13)));
    ImportReport r = dryRun(file, tenant);
    assertEquals(byBsn, r.lines().get(0).existingId());
    assertEquals(
        "Regel 2: nieuwe zaak voor bestaande cliënt " + byBsn + ".", r.lines().get(0).describe());
    assertEquals(byName, r.lines().get(1).existingId());
    assertEquals(
        List.of(String.format(ImportText.AMBIGUOUS_EXISTING, 1)),
        r.lines().get(2).messages(),
        "without a BSN against a client with one");
    assertEquals(Outcome.REJECTED, r.lines().get(3).outcome(), "with a BSN against one without");
    assertEquals(0, r.totals().newClients());
  }

  @Test
  void severalCandidatesInTheTenantAreAmbiguous() throws Exception {
    FakeRegistry tenant = new FakeRegistry();
    tenant.addClient(null, "anna jansen", LocalDate.of(1999, 2, 1));
    tenant.addClient(null, "anna jansen", LocalDate.of(1999, 2, 1));
    GcosFile file =
        new GcosFile().add(GcosFile.line("MH-1").person("Anna", "Jansen", "01-02-1999", ""));
    ImportReport r = dryRun(file, tenant);
    assertEquals(
        List.of(String.format(ImportText.AMBIGUOUS_EXISTING, 2)), r.lines().get(0).messages());
  }

  @Test
  void theCommitCreatesClientsBeforeCasesAndCasesBeforeMeetings() throws Exception {
    GcosFile file =
        new GcosFile()
            .add(GcosFile.line("MH-1").person("Anna", "Jansen", "01-02-1999", BSN_A))
            .add(GcosFile.line("MH-2").person("Anna", "Jansen", "01-02-1999", BSN_A).meeting(""))
            .add(GcosFile.line("MH-2").person("Anna", "Jansen", "01-02-1999", BSN_A));
    FakeRegistry sink = new FakeRegistry();
    ImportReport totals = GcosImport.commit(file.source(), ExistingRegistry.empty(), TODAY, sink);
    assertEquals(
        List.of(NewClient.class, NewCase.class, NewMeeting.class, NewCase.class, NewMeeting.class),
        sink.commands.stream().map(Object::getClass).toList());
    assertEquals(ClientRef.newFromLine(2), ((NewCase) sink.commands.get(3)).client());
    assertEquals(1, sink.clients.size());
    assertEquals(2, sink.cases.size());
    assertEquals(new ImportTotals(3, 1, 2, 2, 0, 0), totals.totals());
  }
}
