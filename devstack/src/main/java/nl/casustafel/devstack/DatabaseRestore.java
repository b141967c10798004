package nl.casustafel.devstack;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.casustafel.audit.AuditVerifier;
import nl.casustafel.audit.CheckpointSigner;
import nl.casustafel.audit.Verification;
import nl.casustafel.devstack.EmbeddedMariaDb.Account;
import nl.casustafel.devstack.MariaDbTools.OptionFile;
import nl.casustafel.shared.DatabaseAccounts;

/**
 * {@code ./casustafel restore [--force] FILE}: loads a backup ({@code ./casustafel backup}, or the
 * operator's own mariadb-dump of the database) into the database of CASUSTAFEL_DB_URL with the
 * {@code mariadb} client as the schema owner, then gives the application's account its grants again
 * (they live in the server's account tables, not in the dump) and records the restore in every
 * tenant's log ({@link RestoreRecorder}). Run it with the application stopped.
 *
 * <p>Refuses a dump that mariadb-dump did not finish, and a database that already has tables unless
 * {@code --force} (the dump then replaces the tables it holds; others stay). The triggers' DEFINER
 * clauses are left out while loading, so the triggers belong to the account that restores (a
 * definer from another server would need the SET USER privilege); data lines are never changed.
 *
 * <p>Arguments: [--force] JDBC URL, the clients' directory, the file. Environment: {@code
 * CASUSTAFEL_DB_OWNER_USER} / {@code _PASSWORD}, {@code CASUSTAFEL_DB_USER} and {@code
 * CASUSTAFEL_DB_APP_HOSTS} (default %), and the log's {@code CASUSTAFEL_AUDIT_SIGNING_KEY}, {@code
 * _PUBLIC_KEY}, {@code _CHECKPOINT_DIR} and {@code _CHECKPOINT_EVERY} (default 100). Exit code 1
 * when nothing was restored or a tenant's log does not verify afterwards.
 */
public final class DatabaseRestore {

  private static final Pattern COMMENTED_DEFINER =
      Pattern.compile("/\\*!50\\d{3} DEFINER=`[^`]*`@`[^`]*`(?: SQL SECURITY \\w+)?\\s*\\*/ ?");
  private static final Pattern PLAIN_DEFINER = Pattern.compile("^CREATE DEFINER=`[^`]*`@`[^`]*` ");

  private final MariaDbTools tools;
  private final DatabaseUrl db;
  private final Account owner;

  DatabaseRestore(MariaDbTools tools, DatabaseUrl db, Account owner) {
    this.tools = tools;
    this.db = db;
    this.owner = owner;
  }

  public static void main(String[] args) throws InterruptedException {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean force = rest.remove("--force");
    if (rest.size() != 3) {
      System.err.println("usage: DatabaseRestore [--force] <jdbc-url> <client-directory> <file>");
      System.exit(2);
    }
    try {
      DatabaseRestore restore =
          new DatabaseRestore(
              new MariaDbTools(Path.of(rest.get(1))),
              DatabaseUrl.parse(rest.get(0)),
              MariaDbTools.account("CASUSTAFEL_DB_OWNER_USER", "CASUSTAFEL_DB_OWNER_PASSWORD"));
      List<Verification> results =
          restore.run(Path.of(rest.get(2)), force, Log.fromEnvironment(), appAccounts());
      results.forEach(System.out::println);
      boolean ok = results.stream().allMatch(Verification::ok);
      System.out.println(
          ok
              ? "Restored; every tenant's log records it and verifies."
              : "Restored, but a tenant's log does not verify (above): look into it first.");
      System.exit(ok ? 0 : 1);
    } catch (IOException | SQLException | GeneralSecurityException | RuntimeException e) {
      System.err.println("restore: " + e.getMessage());
      System.exit(1);
    }
  }

  /** The whole restore; each tenant's verification afterwards. */
  List<Verification> run(Path file, boolean force, Log log, DatabaseAccounts app)
      throws IOException, SQLException, InterruptedException {
    BackupFile backup = BackupFile.read(file);
    if (!backup.complete()) {
      throw new IllegalStateException(
          file + " does not end with mariadb-dump's '-- Dump completed' line: not restored.");
    }
    try (Connection c = connect()) {
      if (!force && !empty(c)) {
        throw new IllegalStateException(
            "database "
                + db.database()
                + " already has tables: restore into an empty database, or pass --force to"
                + " replace the tables the backup holds.");
      }
    }
    load(file);
    try (Connection c = connect()) {
      AppGrants.regrant(c, app);
      return log.recorder(c, Clock.systemUTC()).record(backup);
    }
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(db.jdbc(), owner.user(), owner.password());
  }

  /** Whether the database has no tables (nor views). */
  static boolean empty(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")) {
      r.next();
      return r.getLong(1) == 0;
    }
  }

  /** Pipes the dump into the {@code mariadb} client, byte for byte but for DEFINER clauses. */
  void load(Path file) throws IOException, InterruptedException {
    List<String> args = List.of("--default-character-set=utf8mb4", "--database=" + db.database());
    try (OptionFile login = OptionFile.create(db, owner)) {
      Process client =
          new ProcessBuilder(tools.command(MariaDbTools.CLIENT, login, args))
              .redirectOutput(Redirect.INHERIT)
              .redirectError(Redirect.INHERIT)
              .start();
      IOException writing = null;
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
          Writer out =
              new BufferedWriter(
                  new OutputStreamWriter(client.getOutputStream(), StandardCharsets.ISO_8859_1))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          out.write(withoutDefiner(line));
          out.write('\n');
        }
      } catch (IOException e) {
        writing = e; // The client stopped reading: its exit code and message say why.
      }
      int exit = client.waitFor();
      if (exit != 0) {
        throw new IllegalStateException(
            "mariadb could not load "
                + file
                + " (exit "
                + exit
                + ", see above); the database may hold part of it.");
      }
      if (writing != null) {
        throw writing;
      }
    }
  }

  /** The dump's line without a DEFINER clause; a data line (INSERT) is returned as it is. */
  static String withoutDefiner(String line) {
    if (line.startsWith("INSERT INTO ")) {
      return line;
    }
    String out = COMMENTED_DEFINER.matcher(line).replaceAll("");
    return PLAIN_DEFINER.matcher(out).replaceFirst("CREATE ");
  }

  private static DatabaseAccounts appAccounts() {
    String user = System.getenv("CASUSTAFEL_DB_USER");
    String hosts = System.getenv("CASUSTAFEL_DB_APP_HOSTS");
    if (user == null || user.isBlank()) {
      throw new IllegalStateException("set CASUSTAFEL_DB_USER (the application's account)");
    }
    return DatabaseAccounts.of(user, hosts == null || hosts.isBlank() ? "%" : hosts);
  }

  /** The log's side of a restore: read before anything is loaded, so a missing key stops it. */
  record Log(CheckpointSigner signer, AuditVerifier verifier, Path checkpointDir, int every) {

    static Log fromEnvironment() throws IOException, GeneralSecurityException {
      String every = System.getenv().getOrDefault("CASUSTAFEL_AUDIT_CHECKPOINT_EVERY", "100");
      int n = Integer.parseInt(every.isBlank() ? "100" : every.strip());
      return new Log(
          CheckpointSigner.signing(path("CASUSTAFEL_AUDIT_SIGNING_KEY")),
          new AuditVerifier(CheckpointSigner.verifying(path("CASUSTAFEL_AUDIT_PUBLIC_KEY")), n),
          path("CASUSTAFEL_AUDIT_CHECKPOINT_DIR"),
          n);
    }

    RestoreRecorder recorder(Connection c, Clock clock) {
      return new RestoreRecorder(
          c,
          new AuditAppender(signer, checkpointDir, every, clock),
          verifier,
          checkpointDir,
          clock,
          System.getProperty("user.name"));
    }

    private static Path path(String variable) {
      String value = System.getenv(variable);
      if (value == null || value.isBlank()) {
        throw new IllegalStateException("set " + variable);
      }
      return Path.of(value);
    }
  }
}
