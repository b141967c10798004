package nl.casustafel.registry.gcos;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The import of one GCOS file into one tenant: first a dry run that judges every line, then, only
 * when no line is rejected, the commit that hands the commands to a sink.
 *
 * <p><em>Usage</em> (inside one transaction of the tenant):
 *
 * <pre>{@code
 * ImportReport report = GcosImport.dryRun(GcosSource.of(file), registry, today);
 * // show report; if the manager confirms:
 * GcosImport.commit(GcosSource.of(file), registry, today, command -> store(command));
 * }</pre>
 *
 * <p><em>Design notice</em>: {@link #commit} runs the dry run again itself and then replays its
 * verdicts while reading the file a second time; it does not ask the registry again, so that what
 * it stored earlier in the same transaction cannot change a verdict. All of a file or nothing: if
 * the sink throws, the caller rolls back.
 */
public final class GcosImport {

  private GcosImport() {}

  /**
   * Judges every line; stores nothing.
   *
   * @param today the date in Amsterdam of the import; later dates in the file are rejected
   * @throws IOException when the source cannot be opened or read (a file that is not a valid GCOS
   *     export is a report with a file error instead)
   */
  public static ImportReport dryRun(GcosSource source, ExistingRegistry registry, LocalDate today)
      throws IOException {
    List<LineReport> lines = new ArrayList<>();
    ImportReport summary = dryRun(source, registry, today, lines::add);
    return new ImportReport(summary.fileError(), lines, summary.totals());
  }

  /**
   * Judges every line and hands each verdict to {@code verdicts} as it goes, keeping none of them:
   * for files too large to show every line.
   *
   * @return the file error and the totals; its {@link ImportReport#lines()} is empty
   */
  public static ImportReport dryRun(
      GcosSource source, ExistingRegistry registry, LocalDate today, Consumer<LineReport> verdicts)
      throws IOException {
    return judge(source, registry, today, verdicts).summary();
  }

  /**
   * Runs the dry run and, when it is committable, hands every command to {@code sink} in file
   * order.
   *
   * @return the totals of what was handed over (without the lines)
   * @throws ImportRefused when the dry run has a file error or a rejected line (nothing was sent);
   *     its report has the rejected lines
   * @throws IllegalStateException when the source gave other lines the second time
   */
  public static ImportReport commit(
      GcosSource source, ExistingRegistry registry, LocalDate today, ImportSink sink)
      throws IOException, ImportRefused {
    List<LineReport> rejected = new ArrayList<>();
    Judged judged =
        judge(source, registry, today, l -> keepIf(l.outcome() == Outcome.REJECTED, l, rejected));
    ImportReport summary = judged.summary();
    if (!summary.committable()) {
      throw new ImportRefused(new ImportReport(summary.fileError(), rejected, summary.totals()));
    }
    Replay replay =
        new Replay(judged.cases(), new RowParser(today), sink, summary.totals().lines());
    try {
      GcosReader.read(source, replay::emit);
    } catch (FileRejected e) {
      throw new IllegalStateException("The file changed between the dry run and the commit", e);
    }
    replay.checkComplete();
    return summary;
  }

  private static void keepIf(boolean keep, LineReport line, List<LineReport> kept) {
    if (keep) {
      kept.add(line);
    }
  }

  private record Judged(ImportReport summary, CaseBook cases) {}

  private static Judged judge(
      GcosSource source, ExistingRegistry registry, LocalDate today, Consumer<LineReport> out)
      throws IOException {
    DryRun dryRun = new DryRun(registry, today);
    try {
      GcosReader.read(source, raw -> out.accept(dryRun.judge(raw)));
    } catch (FileRejected e) {
      return new Judged(ImportReport.refused(e.getMessage()), dryRun.cases());
    }
    return new Judged(new ImportReport(null, List.of(), dryRun.totals()), dryRun.cases());
  }
}
