package nl.casustafel.registry.gcos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The samples in docs/ that the README describes give exactly what it says. */
class SampleFilesTest {

  private static final LocalDate TODAY = FileLevelTest.TODAY;
  private static final Path DOCS = Path.of("..", "docs");

  @Test
  void theSampleImportsNineClientsTenCasesAndTwentyTwoMeetings() throws Exception {
    GcosSource sample = GcosSource.of(DOCS.resolve("gcos-voorbeeld.csv"));
    FakeRegistry tenant = new FakeRegistry();
    ImportReport r = GcosImport.commit(sample, tenant, TODAY, tenant);
    assertEquals(new ImportTotals(22, 9, 10, 22, 0, 0), r.totals());
    ImportCommand.NewClient zoe = (ImportCommand.NewClient) tenant.commands.get(0);
    assertEquals("Zoë", zoe.person().givenNames(), "Windows-1252");
    ImportReport second = GcosImport.dryRun(sample, tenant, TODAY);
    assertEquals(new ImportTotals(22, 0, 0, 0, 22, 0), second.totals());
  }

  @Test
  void theBrokenSampleNamesEachFault() throws Exception {
    ImportReport r =
        GcosImport.dryRun(
            GcosSource.of(DOCS.resolve("gcos-voorbeeld-fouten.csv")),
            ExistingRegistry.empty(),
            TODAY);
    assertNull(r.fileError());
    assertEquals(
        List.of(
            "Regel 2: nieuwe cliënt, nieuwe zaak.",
            "Regel 3: afgekeurd. Datum overleg is geen geldige datum dd-mm-jjjj.",
            "Regel 4: afgekeurd. " + ImportText.BAD_BSN,
            "Regel 5: afgekeurd. Casustype \"Mensensmokkel\" is onbekend; toegestaan: "
                + GcosLabels.CASE_TYPES.allowed()
                + ".",
            "Regel 6: afgekeurd. " + String.format(ImportText.INCONSISTENT_PERSON, 2)),
        r.lines().stream().map(LineReport::describe).toList());
  }
}
