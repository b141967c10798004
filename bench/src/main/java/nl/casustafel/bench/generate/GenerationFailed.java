package nl.casustafel.bench.generate;

/** A batch that could not be written: names the tenant, the batch and the database's error. */
final class GenerationFailed extends Exception {

  private static final long serialVersionUID = 1L;

  GenerationFailed(String where, Exception cause) {
    super(where + ": " + cause.getMessage(), cause);
  }
}
