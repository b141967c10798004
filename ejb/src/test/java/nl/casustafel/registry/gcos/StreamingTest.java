package nl.casustafel.registry.gcos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Large files are read as streams: generated on the fly, never as a file or a list of lines. */
class StreamingTest {

  private static final LocalDate TODAY = FileLevelTest.TODAY;

  /** A stream of a header and {@code count} lines made by {@code line}, produced as read. */
  static final class Generated extends InputStream {
    private final int count;
    private final IntFunction<String> line;
    private byte[] current = (GcosColumns.HEADER + "\r\n").getBytes(StandardCharsets.UTF_8);
    private int pos;
    private int produced;

    Generated(int count, IntFunction<String> line) {
      this.count = count;
      this.line = line;
    }

    @Override
    public int read() {
      if (pos == current.length) {
        if (produced == count) {
          return -1;
        }
        current = (line.apply(produced++) + "\r\n").getBytes(StandardCharsets.UTF_8);
        pos = 0;
      }
      return current[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = 0;
      while (n < len) {
        int c = read();
        if (c < 0) {
          return n == 0 ? -1 : n;
        }
        b[off + n++] = (byte) c;
      }
      return n;
    }

    int produced() {
      return produced;
    }
  }

  /** Ten meetings per case, five cases per client (by BSN): 100,000 lines. */
  private static String meetingLine(int i) {
    int kase = i / 10;
    int client = kase / 5;
    return GcosFile.line("MH-" + kase)
        .person("Voornaam" + client, "Achternaam" + client, "01-01-1990", TestBsns.valid(client))
        .meeting(
            LocalDate.of(2020, 1, 1)
                .plusDays(i % 10)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")))
        .toString();
  }

  @Test
  void oneHundredThousandLinesStreamThroughDryRunAndCommit() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          List<Generated> opened = new java.util.ArrayList<>();
          GcosSource source =
              () -> {
                Generated g = new Generated(100_000, StreamingTest::meetingLine);
                opened.add(g);
                return g;
              };
          AtomicInteger producedAtFirstVerdict = new AtomicInteger(-1);
          AtomicInteger verdicts = new AtomicInteger();
          ImportReport summary =
              GcosImport.dryRun(
                  source,
                  ExistingRegistry.empty(),
                  TODAY,
                  v -> {
                    if (verdicts.getAndIncrement() == 0) {
                      producedAtFirstVerdict.set(opened.get(opened.size() - 1).produced());
                    }
                  });
          assertNull(summary.fileError());
          assertEquals(new ImportTotals(100_000, 2_000, 10_000, 100_000, 0, 0), summary.totals());
          assertEquals(100_000, verdicts.get());
          assertTrue(
              producedAtFirstVerdict.get() < 2_000,
              "the first line is judged before the file is read: " + producedAtFirstVerdict.get());

          AtomicLong commands = new AtomicLong();
          GcosImport.commit(
              source, ExistingRegistry.empty(), TODAY, c -> commands.incrementAndGet());
          assertEquals(2_000 + 10_000 + 100_000, commands.get());
        });
  }

  @Test
  void aFiftyMegabyteLineIsRejectedAloneAndQuickly() {
    int fifty = 50 * 1024 * 1024;
    GcosSource source =
        () ->
            new Generated(
                3,
                i ->
                    i == 1
                        ? GcosFile.line("MH-2")
                            .set(GcosColumns.ACHTERNAAM, "x".repeat(fifty))
                            .toString()
                        : GcosFile.line("MH-" + i).toString());
    ImportReport r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () -> GcosImport.dryRun(source, ExistingRegistry.empty(), TODAY));
    assertNull(r.fileError());
    assertEquals(
        List.of(Outcome.NEW_CLIENT_NEW_CASE, Outcome.REJECTED, Outcome.NEW_CASE_FOR_CLIENT),
        r.lines().stream().map(LineReport::outcome).toList());
    assertEquals(
        List.of(String.format(ImportText.TOO_LONG, GcosReader.MAX_RECORD_CHARS)),
        r.lines().get(1).messages());
    assertEquals(3, r.lines().get(1).line());
  }

  @Test
  void aFiftyMegabyteQuotedCellWithLineBreaksIsOneLongLine() throws Exception {
    String huge = "\"" + "ab\r\n".repeat(1_000_000) + "\"";
    GcosFile file =
        new GcosFile()
            .add(GcosFile.line("MH-1"))
            .raw(GcosFile.line("MH-2").toString().replace("Anna", huge))
            .add(GcosFile.line("MH-3"));
    ImportReport r = GcosImport.dryRun(file.source(), ExistingRegistry.empty(), TODAY);
    assertEquals(Outcome.REJECTED, r.lines().get(1).outcome());
    assertEquals(
        4, r.lines().get(2).line(), "the long cell is one line, as a spreadsheet shows it");
  }
}
