package nl.casustafel.registry.gcos;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a GCOS file comes from. The import opens it several times (encoding check, dry run, commit)
 * and reads each stream once from the start, so the file is never held in memory; every call must
 * give the same bytes.
 */
@FunctionalInterface
public interface GcosSource {

  /** A fresh stream from the first byte; the import closes it. */
  InputStream open() throws IOException;

  /** The file at {@code path}. */
  static GcosSource of(Path path) {
    return () -> Files.newInputStream(path);
  }
}
