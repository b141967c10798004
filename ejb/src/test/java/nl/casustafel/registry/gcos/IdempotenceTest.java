package nl.casustafel.registry.gcos;

import static nl.casustafel.registry.gcos.GcosColumns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same file twice adds nothing; a grown file adds its new meetings; all or nothing. */
class IdempotenceTest {

  private static final LocalDate TODAY = FileLevelTest.TODAY;

  private static GcosFile file() {
    return new GcosFile()
        .add(GcosFile.line("MH-1").person("Anna", "Jansen", "01-02-1999", TestBsns.valid(21)))
        .add(
            GcosFile.line("MH-1")
                .person("Anna", "Jansen", "01-02-1999", TestBsns.valid(21))
                .meeting("17-03-2020"))
        .add(GcosFile.line("MH-2").person("Piet", "Smit", "01-02-1990", ""))
        .add(GcosFile.line("MH-3").person("Piet", "Smit", "01-02-1990", "").meeting(""));
  }

  @Test
  void theSameFileTwiceIsAllAlreadyPresent() throws Exception {
    FakeRegistry tenant = new FakeRegistry();
    GcosImport.commit(file().source(), tenant, TODAY, tenant);
    int stored = tenant.commands.size();

    ImportReport second = GcosImport.dryRun(file().source(), tenant, TODAY);
    assertTrue(
        second.lines().stream().allMatch(l -> l.outcome() == Outcome.ALREADY_PRESENT),
        second.lines().toString());
    assertEquals(new ImportTotals(4, 0, 0, 0, 4, 0), second.totals());
    assertEquals(
        "Regel 2: al aanwezig, niets toe te voegen. Staat al in Casustafel.",
        second.lines().get(0).describe());

    GcosImport.commit(file().source(), tenant, TODAY, tenant);
    assertEquals(stored, tenant.commands.size(), "the second commit stores nothing");
  }

  @Test
  void aLaterExportAddsOnlyItsNewMeetingsAndCases() throws Exception {
    FakeRegistry tenant = new FakeRegistry();
    GcosImport.commit(file().source(), tenant, TODAY, tenant);
    GcosFile grown =
        file()
            .add(
                GcosFile.line("MH-1")
                    .person("Anna", "Jansen", "01-02-1999", TestBsns.valid(21))
                    .meeting("31-03-2020"))
            .add(GcosFile.line("MH-4").person("Anna", "Jansen", "01-02-1999", TestBsns.valid(21)));
    ImportReport r = GcosImport.dryRun(grown.source(), tenant, TODAY);
    LineReport meeting = r.lines().get(4);
    assertEquals(Outcome.MEETING_ADDED, meeting.outcome());
    assertEquals(tenant.cases.get("MH-1").id(), meeting.existingId());
    assertEquals(Outcome.NEW_CASE_FOR_CLIENT, r.lines().get(5).outcome());
    assertEquals(tenant.cases.get("MH-1").clientId(), r.lines().get(5).existingId());
    assertEquals(new ImportTotals(6, 0, 1, 2, 4, 0), r.totals());
  }

  @Test
  void anExistingNumberWithAnotherPersonOrTypeIsRejected() throws Exception {
    FakeRegistry tenant = new FakeRegistry();
    GcosImport.commit(file().source(), tenant, TODAY, tenant);
    GcosFile other =
        new GcosFile()
            .add(GcosFile.line("MH-1").person("Kees", "Bak", "01-01-1980", TestBsns.valid(22)))
            .add(
                GcosFile.line("MH-2")
                    .person("Piet", "Smit", "01-02-1990", "")
                    .set(CASUSTYPE, "Radicalisering")
                    .set(UITBUITINGSVORM, ""));
    ImportReport r = GcosImport.dryRun(other.source(), tenant, TODAY);
    assertEquals(List.of(ImportText.EXISTING_OTHER_PERSON), r.lines().get(0).messages());
    assertEquals(List.of(ImportText.EXISTING_OTHER_TYPE), r.lines().get(1).messages());
  }

  @Test
  void anotherTenantsReferencesAreRejected() throws Exception {
    FakeRegistry tenant = new FakeRegistry().otherTenantPrefix("FL-");
    GcosFile file = new GcosFile().add(GcosFile.line("FL-2020-001")).add(GcosFile.line("MH-9"));
    ImportReport r = GcosImport.dryRun(file.source(), tenant, TODAY);
    assertEquals(List.of(ImportText.OTHER_TENANT), r.lines().get(0).messages());
    assertEquals(1, r.totals().rejected());
  }

  @Test
  void oneRejectedLineRefusesTheWholeCommit() throws Exception {
    FakeRegistry tenant = new FakeRegistry();
    GcosFile file = file().add(GcosFile.line("MH-5").meeting("31-02-2020"));
    ImportRefused refused =
        assertThrows(
            ImportRefused.class, () -> GcosImport.commit(file.source(), tenant, TODAY, tenant));
    assertEquals(List.of(), tenant.commands, "nothing handed to the sink");
    assertEquals(1, refused.report().lines().size());
    assertEquals(6, refused.report().lines().get(0).line());
    assertTrue(refused.getMessage().contains("1 regel(s) afgekeurd"));

    ImportRefused empty =
        assertThrows(
            ImportRefused.class,
            () -> GcosImport.commit(GcosFile.source(new byte[0]), tenant, TODAY, tenant));
    assertEquals(ImportText.EMPTY_FILE, empty.getMessage());
  }

  @Test
  void aFileThatChangesBetweenDryRunAndCommitFails() {
    byte[][] versions = {
      file().bytes(java.nio.charset.StandardCharsets.UTF_8),
      new GcosFile().add(GcosFile.line("MH-7")).bytes(java.nio.charset.StandardCharsets.UTF_8)
    };
    int[] opened = {0};
    GcosSource changing = () -> new java.io.ByteArrayInputStream(versions[opened[0]++ < 4 ? 0 : 1]);
    FakeRegistry tenant = new FakeRegistry();
    assertThrows(
        IllegalStateException.class, () -> GcosImport.commit(changing, tenant, TODAY, tenant));
  }
}
