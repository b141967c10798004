package nl.casustafel.registry.gcos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Files refused as a whole, and the encodings that are accepted. */
class FileLevelTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static ImportReport dryRun(byte[] bytes) throws IOException {
    return GcosImport.dryRun(GcosFile.source(bytes), ExistingRegistry.empty(), TODAY);
  }

  private static ImportReport withZoe(Charset charset, byte[] prefix) throws IOException {
    GcosFile file =
        new GcosFile().add(GcosFile.line("MH-1").set(GcosColumns.VOORNAMEN, "Zoë Müller"));
    byte[] body = file.bytes(charset);
    byte[] all = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(body, 0, all, prefix.length, body.length);
    return dryRun(all);
  }

  private static String firstGivenNames(byte[] bytes) throws Exception {
    FakeRegistry sink = new FakeRegistry();
    GcosImport.commit(GcosFile.source(bytes), ExistingRegistry.empty(), TODAY, sink);
    return ((ImportCommand.NewClient) sink.commands.get(0)).person().givenNames();
  }

  @Test
  void utf8WithAndWithoutBomAndWindows1252AreRead() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    for (ImportReport r :
        new ImportReport[] {
          withZoe(StandardCharsets.UTF_8, new byte[0]),
          withZoe(StandardCharsets.UTF_8, bom),
          withZoe(WINDOWS_1252, new byte[0])
        }) {
      assertNull(r.fileError());
      assertEquals(1, r.totals().newClients());
    }
    byte[] ansi =
        new GcosFile()
            .add(GcosFile.line("MH-1").set(GcosColumns.VOORNAMEN, "Zoë Müller"))
            .bytes(WINDOWS_1252);
    assertEquals("Zoë Müller", firstGivenNames(ansi), "ë is 0xEB in Windows-1252");
    byte[] utf8 =
        new GcosFile()
            .add(GcosFile.line("MH-1").set(GcosColumns.VOORNAMEN, "Zoë Müller"))
            .bytes(StandardCharsets.UTF_8);
    assertEquals("Zoë Müller", firstGivenNames(utf8), "not read as Windows-1252 (ZoÃ«)");
  }

  @Test
  void theHeaderMayStartWithABomButNotBeMadeOfIt() throws IOException {
    ImportReport r =
        withZoe(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    assertEquals(1, r.lines().size());
    assertEquals(2, r.lines().get(0).line(), "the header is line 1");
  }

  @Test
  void utf16AndBinaryAreRefused() throws IOException {
    String text = new GcosFile().add(GcosFile.line("MH-1")).text();
    assertEquals(ImportText.UTF16, dryRun(text.getBytes(StandardCharsets.UTF_16)).fileError());
    assertEquals(ImportText.BINARY, dryRun(text.getBytes(StandardCharsets.UTF_16LE)).fileError());
    byte[] binary = {'R', 'e', 'g', 0, 1, 2, (byte) 0x81, (byte) 0xC3};
    assertEquals(ImportText.BINARY, dryRun(binary).fileError());
    byte[] undefinedIn1252 = (GcosColumns.HEADER + "\r\nMH-1\u0081").getBytes(WINDOWS_1252);
    undefinedIn1252[undefinedIn1252.length - 1] = (byte) 0x81; // neither UTF-8 nor Windows-1252
    assertEquals(ImportText.BINARY, dryRun(undefinedIn1252).fileError());
  }

  @Test
  void aBomFollowedByInvalidUtf8IsRefused() throws IOException {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'R', (byte) 0xEB};
    assertEquals(ImportText.BAD_UTF8_AFTER_BOM, dryRun(bytes).fileError());
  }

  @Test
  void emptyFilesAndHeaderOnlyAreRefused() throws IOException {
    assertEquals(ImportText.EMPTY_FILE, dryRun(new byte[0]).fileError());
    assertEquals(
        ImportText.EMPTY_FILE,
        dryRun(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).fileError());
    assertEquals(
        ImportText.NO_DATA, dryRun(new GcosFile().bytes(StandardCharsets.UTF_8)).fileError());
    assertEquals(
        ImportText.NO_DATA,
        dryRun(
                (GcosColumns.HEADER + "\r\n\r\n;;;;;;;;;;;;;;;\r\n")
                    .getBytes(StandardCharsets.UTF_8))
            .fileError(),
        "empty lines are no data");
  }

  @Test
  void aWrongHeaderRefusesTheFileAndNamesTheExpectedOne() throws IOException {
    String wrong = GcosColumns.HEADER.replace("Geboortedatum", "Geb.datum") + "\r\nMH-1\r\n";
    String error = dryRun(wrong.getBytes(StandardCharsets.UTF_8)).fileError();
    assertTrue(error.contains("kolom 6"), error);
    assertTrue(error.contains("\"Geb.datum\""), error);
    assertTrue(error.contains(GcosColumns.HEADER), error);
    String comma = GcosColumns.HEADER.replace(';', ',') + "\r\n";
    assertTrue(dryRun(comma.getBytes(StandardCharsets.UTF_8)).fileError().contains("kolom 1"));
    String extra = GcosColumns.HEADER + ";Opmerking\r\nMH-1\r\n";
    assertTrue(dryRun(extra.getBytes(StandardCharsets.UTF_8)).fileError().contains("kolom 17"));
  }

  @Test
  void brokenQuotingRefusesTheFileAtItsLine() throws IOException {
    String text =
        new GcosFile()
            .add(GcosFile.line("MH-1"))
            .raw(GcosFile.line("MH-2").toString().replace("Anna", "\"Anna\"x"))
            .text();
    String error = dryRun(text.getBytes(StandardCharsets.UTF_8)).fileError();
    assertEquals(String.format(ImportText.BAD_CSV, 3), error);
  }

  @Test
  void aQuotedLineBreakStaysInItsCell() throws Exception {
    GcosFile file =
        new GcosFile()
            .add(GcosFile.line("MH-1").set(GcosColumns.AANMELDER, "Politie\r\nteam Noord"))
            .add(GcosFile.line("MH-1").meeting("11-03-2020"));
    ImportReport r = GcosImport.dryRun(file.source(), ExistingRegistry.empty(), TODAY);
    assertEquals(0, r.totals().rejected(), r.lines().toString());
    assertEquals(3, r.lines().get(1).line(), "lines are counted as rows, as a spreadsheet does");
  }
}
