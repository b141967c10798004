package nl.casustafel.devstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What a backup file says about itself, read from its end: whether mariadb-dump finished it (its
 * last comment {@code -- Dump completed on <server time>}) and when it was taken. {@link
 * DatabaseBackup} appends {@code -- casustafel-backup database=<name> taken-at=<UTC instant>}, the
 * moment before the dump's snapshot began; a dump the operator made with their own mariadb-dump has
 * only the completion time, in the server's zone.
 */
record BackupFile(Path path, String takenAt, boolean complete) {

  static final String MARK = "-- casustafel-backup ";
  private static final String COMPLETED = "-- Dump completed";
  private static final int TAIL = 64 * 1024;

  /** The line {@link DatabaseBackup} appends to a finished dump. */
  static String trailer(String database, Instant takenAt) {
    return MARK + "database=" + database + " taken-at=" + takenAt + "\n";
  }

  /** The file's name, as the RESTORED event records it. */
  String name() {
    return path.getFileName().toString();
  }

  static BackupFile read(Path path) throws IOException {
    return of(path, tail(path).lines().toList());
  }

  static BackupFile of(Path path, List<String> lastLines) {
    String taken = null;
    String completed = null;
    for (String line : lastLines) {
      if (line.startsWith(MARK) && line.contains("taken-at=")) {
        taken = line.substring(line.indexOf("taken-at=") + "taken-at=".length()).strip();
      } else if (line.startsWith(COMPLETED)) {
        completed = line.substring(COMPLETED.length()).strip();
      }
    }
    String when = taken;
    if (when == null) {
      when =
          completed == null
              ? "an unknown time"
              : "an unknown time (mariadb-dump completed " + completed + ", server time)";
    }
    return new BackupFile(path, when, completed != null);
  }

  /** The file's last bytes, byte for byte (ISO-8859-1), so any dump reads without an error. */
  private static String tail(Path path) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
      long from = Math.max(0, file.length() - TAIL);
      byte[] bytes = new byte[(int) (file.length() - from)];
      file.seek(from);
      file.readFully(bytes);
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
