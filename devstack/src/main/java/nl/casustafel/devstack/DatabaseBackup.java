package nl.casustafel.devstack;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import nl.casustafel.devstack.EmbeddedMariaDb.Account;
import nl.casustafel.devstack.MariaDbTools.OptionFile;

/**
 * {@code ./casustafel backup [FILE]}: a consistent dump of the whole database (schema, rows,
 * triggers, routines, Flyway's history) by {@code mariadb-dump --single-transaction} as the schema
 * owner, while the application keeps running. The file is readable by its owner only (it holds
 * personal data), written under a {@code .partial} name and renamed when mariadb-dump has finished,
 * so a backup that exists is complete; an existing file is never overwritten.
 *
 * <p>Arguments: JDBC URL (CASUSTAFEL_DB_URL), the clients' directory, the file. Environment: {@code
 * CASUSTAFEL_DB_OWNER_USER} / {@code CASUSTAFEL_DB_OWNER_PASSWORD}. Exit code 1 when no backup was
 * written.
 */
public final class DatabaseBackup {

  private DatabaseBackup() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 3) {
      System.err.println("usage: DatabaseBackup <jdbc-url> <client-directory> <file>");
      System.exit(2);
    }
    try {
      DatabaseUrl db = DatabaseUrl.parse(args[0]);
      Account owner =
          MariaDbTools.account("CASUSTAFEL_DB_OWNER_USER", "CASUSTAFEL_DB_OWNER_PASSWORD");
      Path file = backup(new MariaDbTools(Path.of(args[1])), db, owner, Path.of(args[2]));
      System.out.println(
          "Backup of "
              + db.database()
              + " written to "
              + file
              + " ("
              + Files.size(file)
              + " bytes), taken at "
              + BackupFile.read(file).takenAt()
              + ". It holds personal data: keep it as safe as the database.");
    } catch (IOException | RuntimeException e) {
      System.err.println("backup: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Dumps the database into {@code file}; IllegalStateException when mariadb-dump fails. */
  static Path backup(MariaDbTools tools, DatabaseUrl db, Account owner, Path file)
      throws IOException, InterruptedException {
    if (Files.exists(file)) {
      throw new IllegalStateException(file + " exists: a backup is never overwritten.");
    }
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    Files.deleteIfExists(partial);
    Files.createFile(
        partial,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    boolean done = false;
    try (OptionFile login = OptionFile.create(db, owner)) {
      Instant takenAt = Instant.now();
      Process dump =
          new ProcessBuilder(tools.command(MariaDbTools.DUMP, login, arguments(db.database())))
              .redirectOutput(Redirect.appendTo(partial.toFile()))
              .redirectError(Redirect.INHERIT)
              .start();
      int exit = dump.waitFor();
      if (exit != 0) {
        throw new IllegalStateException("mariadb-dump failed (exit " + exit + "), see above.");
      }
      Files.writeString(
          partial, BackupFile.trailer(db.database(), takenAt), StandardOpenOption.APPEND);
      if (!BackupFile.read(partial).complete()) {
        throw new IllegalStateException("mariadb-dump did not finish the dump.");
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(partial);
      }
    }
    return target;
  }

  /**
   * One transaction's snapshot (InnoDB: no locks held against the application), triggers and
   * routines with the tables, binary columns (the chain's hashes) in hex; no CREATE DATABASE, so it
   * restores into whichever database the restore names.
   */
  static List<String> arguments(String database) {
    return List.of(
        "--single-transaction",
        "--routines",
        "--triggers",
        "--hex-blob",
        "--no-tablespaces",
        "--default-character-set=utf8mb4",
        database);
  }
}
