package nl.casustafel.registry.gcos;

/** The whole file cannot be read; its Dutch reason goes into the report as the file error. */
final class FileRejected extends Exception {

  private static final long serialVersionUID = 1L;

  FileRejected(String dutchReason) {
    super(dutchReason, null, false, false);
  }
}
