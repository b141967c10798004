package nl.casustafel.fault;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.casustafel.it.KeycloakAdmin;

/**
 * The test stack's Keycloak, frozen with SIGSTOP and thawed with SIGCONT: to every client it looks
 * like a Keycloak that accepts connections and never answers (the kernel still accepts them), and
 * afterwards it simply goes on, with its sessions, without any restart.
 *
 * <p>It always thaws: on {@link #close()} and, should the test JVM end first, from a shutdown hook.
 * Only a test JVM killed with SIGKILL leaves it frozen; then {@code kill -CONT <pid>} (the pid is
 * in the test's output) or a new {@code ./casustafel test} puts it right.
 *
 * <p>Which process: a Java process running Quarkus' entry point from a Keycloak home (what {@code
 * kc.sh} starts, a child of the script) that holds the listening socket of Keycloak's port, found
 * through {@code /proc} (Linux only, the machines {@code ./casustafel test} supports).
 */
final class FrozenKeycloak implements AutoCloseable {

  private final long pid;
  private final Thread thawOnExit;

  private FrozenKeycloak(long pid) {
    this.pid = pid;
    this.thawOnExit = new Thread(() -> signal(pid, "CONT"), "thaw-keycloak-" + pid);
  }

  /** Finds the Keycloak of {@link KeycloakAdmin#BASE} and stops it; fails when it cannot. */
  static FrozenKeycloak freeze() throws IOException {
    int port = URI.create(KeycloakAdmin.BASE).getPort();
    FrozenKeycloak frozen = new FrozenKeycloak(keycloakListeningOn(port));
    Runtime.getRuntime().addShutdownHook(frozen.thawOnExit);
    System.out.println("Freezing Keycloak (pid " + frozen.pid + ") with SIGSTOP");
    signal(frozen.pid, "STOP");
    if (!frozen.stopsWithin(Duration.ofSeconds(5))) {
      frozen.close();
      throw new AssertionError("Keycloak (pid " + frozen.pid + ") did not stop on SIGSTOP");
    }
    return frozen;
  }

  long pid() {
    return pid;
  }

  private boolean stopsWithin(Duration limit) throws IOException {
    Instant end = Instant.now().plus(limit);
    while (!isStopped()) {
      if (Instant.now().isAfter(end)) {
        return false;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  /** Whether the kernel reports the process as stopped (state T in /proc/pid/stat). */
  boolean isStopped() throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
    // "pid (comm) S ...": the state follows the command name, which may itself hold spaces.
    return stat.substring(stat.lastIndexOf(')') + 2).startsWith("T");
  }

  /** Thaws Keycloak (SIGCONT); safe to call more than once. */
  @Override
  public void close() {
    signal(pid, "CONT");
    System.out.println("Thawed Keycloak (pid " + pid + ") with SIGCONT");
    try {
      Runtime.getRuntime().removeShutdownHook(thawOnExit);
    } catch (IllegalStateException e) {
      // The JVM is shutting down already: the hook runs anyway, SIGCONT twice does no harm.
    }
  }

  private static void signal(long pid, String signal) {
    try {
      // The shell's own kill: a machine may lack /bin/kill (procps).
      Process kill = new ProcessBuilder("sh", "-c", "kill -" + signal + " " + pid).start();
      if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
        throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
      }
    } catch (IOException e) {
      throw new IllegalStateException("kill -" + signal + " " + pid + " could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending SIG" + signal, e);
    }
  }

  /** The Keycloak JVM that holds the listening socket of the port. */
  static long keycloakListeningOn(int port) throws IOException {
    Set<String> sockets = listeningSockets(port);
    List<Long> keycloaks = new ArrayList<>();
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path process : processes) {
        if (isKeycloakJvm(process) && holdsAny(process, sockets)) {
          keycloaks.add(Long.parseLong(process.getFileName().toString()));
        }
      }
    }
    if (keycloaks.size() != 1) {
      throw new AssertionError(
          "expected one Keycloak JVM listening on port "
              + port
              + " (started by ./casustafel test), found "
              + keycloaks);
    }
    return keycloaks.get(0);
  }

  private static boolean isKeycloakJvm(Path process) {
    try {
      String commandLine =
          new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
              .replace('\0', ' ');
      return commandLine.contains("io.quarkus.bootstrap.runner.QuarkusEntryPoint")
          && commandLine.toLowerCase(Locale.ROOT).contains("keycloak");
    } catch (IOException e) {
      return false; // Gone meanwhile, or not ours to read.
    }
  }

  private static boolean holdsAny(Path process, Set<String> sockets) {
    try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(process.resolve("fd"))) {
      for (Path descriptor : descriptors) {
        try {
          if (sockets.contains(Files.readSymbolicLink(descriptor).toString())) {
            return true;
          }
        } catch (IOException e) {
          // Closed meanwhile.
        }
      }
    } catch (IOException e) {
      return false; // Not ours to read.
    }
    return false;
  }

  /**
   * The sockets listening on the port, as the links in /proc/pid/fd name them ({@code
   * socket:[inode]}), from /proc/net/tcp and tcp6: local address {@code ADDR:PORT} in hex, state 0A
   * (LISTEN), inode in the tenth column.
   */
  private static Set<String> listeningSockets(int port) throws IOException {
    String portHex = String.format(":%04X", port);
    Set<String> sockets = new HashSet<>();
    for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
      Path file = Path.of(table);
      if (!Files.exists(file)) {
        continue;
      }
      for (String line : Files.readAllLines(file)) {
        String[] columns = line.trim().split("\\s+");
        if (columns.length > 9 && columns[1].endsWith(portHex) && columns[3].equals("0A")) {
          sockets.add("socket:[" + columns[9] + "]");
        }
      }
    }
    if (sockets.isEmpty()) {
      throw new AssertionError("nothing listens on port " + port + ": is Keycloak running?");
    }
    return sockets;
  }
}
