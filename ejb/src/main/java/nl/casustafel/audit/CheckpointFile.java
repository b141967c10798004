package nl.casustafel.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's external checkpoint file ({@code <dir>/<tenant>.checkpoints}) as the verifier found
 * it: the witness outside the database. Reading never throws: a file that is missing, empty or
 * cannot be read, or a line that does not parse or names another tenant, is a {@link Status} with a
 * detail, for the verifier to judge (see {@link AuditVerifier} for when the file is required).
 * Lines that parse are kept even when another does not, so that a cut-off chain is still named at
 * the right sequence number.
 */
public record CheckpointFile(
    Path path, Status status, List<Checkpoint> checkpoints, String detail) {

  /** What reading the file found. */
  public enum Status {
    /** At least one checkpoint, every line parsed. */
    READ,
    /** No file at the path. */
    MISSING,
    /** A file without a single checkpoint line. */
    EMPTY,
    /** Not a readable regular file, or a line that does not parse or names another tenant. */
    UNREADABLE
  }

  public CheckpointFile {
    checkpoints = List.copyOf(checkpoints);
  }

  /** Where the application appends the tenant's checkpoints. */
  public static Path path(Path dir, String tenant) {
    return dir.resolve(tenant + ".checkpoints");
  }

  /**
   * Appends the checkpoint's line to its tenant's file in {@code dir}, synced to disk (the
   * directory made when missing). Called once the transaction that stored the checkpoint has
   * committed.
   *
   * @throws IOException naming the file and the line that it lacks
   */
  public static void append(Path dir, Checkpoint checkpoint) throws IOException {
    Path file = path(dir, checkpoint.tenant());
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          checkpoint.line() + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new IOException("could not append to " + file + ": " + checkpoint.line(), e);
    }
  }

  /** The checkpoints already read from {@code path} (READ, or EMPTY when there are none). */
  public static CheckpointFile of(Path path, List<Checkpoint> checkpoints) {
    return new CheckpointFile(
        path, checkpoints.isEmpty() ? Status.EMPTY : Status.READ, checkpoints, null);
  }

  /** Reads the tenant's file in {@code dir}. */
  public static CheckpointFile read(Path dir, String tenant) {
    Path file = path(dir, tenant);
    if (!Files.exists(file)) {
      return new CheckpointFile(file, Status.MISSING, List.of(), null);
    }
    if (!Files.isRegularFile(file)) {
      return new CheckpointFile(file, Status.UNREADABLE, List.of(), "not a regular file");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return new CheckpointFile(file, Status.UNREADABLE, List.of(), String.valueOf(e));
    }
    return parse(file, tenant, lines);
  }

  private static CheckpointFile parse(Path file, String tenant, List<String> lines) {
    List<Checkpoint> found = new ArrayList<>();
    String bad = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        Checkpoint c = Checkpoint.parse(line);
        if (!c.tenant().equals(tenant)) {
          throw new IllegalArgumentException("for tenant " + AuditText.clean(c.tenant()));
        }
        found.add(c);
      } catch (RuntimeException e) {
        // DateTimeParseException is no IllegalArgumentException: every failure counts.
        bad = bad != null ? bad : "line " + (i + 1) + " does not parse: " + e.getMessage();
      }
    }
    if (bad != null) {
      return new CheckpointFile(file, Status.UNREADABLE, found, AuditText.clean(bad));
    }
    return of(file, found);
  }

  /**
   * The file as a chain that ends at {@code seq} should find it: its lines up to that sequence
   * number, in their order (a restore checks the backup's chain against these; the later lines
   * vouch for the events the backup does not have). A file that could not be read stays so.
   */
  public CheckpointFile upTo(long seq) {
    List<Checkpoint> kept = checkpoints.stream().filter(c -> c.seq() <= seq).toList();
    Status left = status == Status.READ && kept.isEmpty() ? Status.EMPTY : status;
    return new CheckpointFile(path, left, kept, detail);
  }

  /**
   * Why this file fails verification, or null: an unreadable file or line always fails; a missing
   * or empty file only when a witness is {@code required} (its {@code why} ends the sentence).
   */
  public String fault(boolean required, String why) {
    return switch (status) {
      case READ -> null;
      case UNREADABLE -> "checkpoint file " + path + " cannot be read: " + detail;
      case MISSING -> required ? "checkpoint file " + path + " is missing, " + why : null;
      case EMPTY -> required ? "checkpoint file " + path + " is empty, " + why : null;
    };
  }
}
