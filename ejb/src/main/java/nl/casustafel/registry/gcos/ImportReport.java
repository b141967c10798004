package nl.casustafel.registry.gcos;

import java.util.List;
import java.util.Optional;

/**
 * The dry run of one file: a file error (then no lines), or a verdict per data line and the totals.
 * Only a report without file error and without rejected lines may be committed. Memory: one small
 * {@link LineReport} per line (no personal data).
 *
 * @param fileError the Dutch reason why the whole file was refused, or null
 */
public record ImportReport(String fileError, List<LineReport> lines, ImportTotals totals) {

  public ImportReport {
    lines = List.copyOf(lines);
  }

  static ImportReport refused(String fileError) {
    return new ImportReport(fileError, List.of(), ImportTotals.NONE);
  }

  public Optional<String> optionalFileError() {
    return Optional.ofNullable(fileError);
  }

  /** True when the commit would store the file: no file error and no rejected line. */
  public boolean committable() {
    return fileError == null && totals.rejected() == 0;
  }

  /** The rejected lines, for a report that shows what to fix first. */
  public List<LineReport> rejectedLines() {
    return lines.stream().filter(l -> l.outcome() == Outcome.REJECTED).toList();
  }
}
