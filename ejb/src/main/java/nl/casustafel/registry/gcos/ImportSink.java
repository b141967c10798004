package nl.casustafel.registry.gcos;

/**
 * Receives the commands of a committed import, in file order; the caller stores them in one
 * transaction. An exception thrown here ends the import (the caller rolls back).
 */
@FunctionalInterface
public interface ImportSink {

  void accept(ImportCommand command);
}
