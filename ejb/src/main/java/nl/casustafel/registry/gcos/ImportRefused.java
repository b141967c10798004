package nl.casustafel.registry.gcos;

/**
 * A commit refused because its dry run found a file error or rejected lines; nothing was handed to
 * the sink. {@link #report()} says why.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public final class ImportRefused extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient ImportReport report;

  ImportRefused(ImportReport report) {
    super(
        report.fileError() != null
            ? report.fileError()
            : report.totals().rejected() + " regel(s) afgekeurd; er is niets ingelezen.");
    this.report = report;
  }

  public ImportReport report() {
    return report;
  }
}
