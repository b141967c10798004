package nl.casustafel.fault;

import java.io.IOException;

/**
 * Freezes the test database: {@code kill -STOP} on its {@code mariadbd}, as a hung server or
 * stalled storage would freeze it (connections stay open, nothing answers), and {@code kill -CONT}
 * on {@link #close()}.
 *
 * <p>Usage: {@code try (FrozenDatabase frozen = FrozenDatabase.freeze()) { ... }}.
 *
 * <p>The database is found by its port ({@link DatabaseProcess}); only a database on this machine's
 * loopback is touched.
 *
 * <p>Design notice: a frozen database must never outlive the test that froze it, or every test
 * after it hangs. The thaw therefore runs on {@link #close()}, in a JVM shutdown hook (a test run
 * that is stopped), and in a watchdog process that thaws after {@value #WATCHDOG_SECONDS} s even
 * when this JVM is killed outright. Each is registered before the SIGSTOP is sent.
 */
final class FrozenDatabase implements AutoCloseable {

  /** Longer than any test keeps the database frozen; shorter than a test run's patience. */
  static final int WATCHDOG_SECONDS = 120;

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
    long pid = DatabaseProcess.mariadbd(DatabaseProcess.port());
    Process watchdog = watchdog(pid);
    Thread hook =
        new Thread(
            () -> {
              DatabaseProcess.signalQuietly("CONT", pid);
              watchdog.destroy();
            },
            "thaw-test-database");
    Runtime.getRuntime().addShutdownHook(hook);
    FrozenDatabase frozen = new FrozenDatabase(pid, hook, watchdog);
    DatabaseProcess.signal("STOP", pid);
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
      DatabaseProcess.signal("CONT", pid);
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

  /** Whether the process is stopped: state T in /proc/<pid>/stat. */
  static boolean stopped(long pid) throws IOException {
    return DatabaseProcess.state(pid) == 'T';
  }
}
