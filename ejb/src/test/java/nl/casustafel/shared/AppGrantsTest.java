package nl.casustafel.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule of {@code R__app_grants.sql}, checked against the versioned migrations: every table they
 * leave behind has exactly one grant to the application's account; the log's tables are append-only
 * for it; nothing but SELECT, INSERT, UPDATE and DELETE on single tables is granted. (The database
 * itself proves the grants in {@code AuditGrantsIT}.)
 */
class AppGrantsTest {

  private static final Pattern GRANT =
      Pattern.compile("GRANT ([A-Z, ]+) ON (\\w+) TO \\$\\{appAccounts}");
  private static final Pattern CREATE =
      Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)");
  private static final Pattern DROP =
      Pattern.compile("(?i)DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?`?(\\w+)");
  private static final Pattern RENAME =
      Pattern.compile("(?i)RENAME\\s+TABLE\\s+`?(\\w+)`?\\s+TO\\s+`?(\\w+)");

  private static Path migrations;
  private static Map<String, Set<String>> grants;

  @BeforeAll
  static void read() throws IOException, URISyntaxException {
    migrations =
        Path.of(AppGrantsTest.class.getResource("/db/migration/flyway.location").toURI())
            .getParent();
    grants = grants(Files.readString(migrations.resolve("R__app_grants.sql")));
  }

  /** Table → privileges; fails on any statement that is not a plain grant to ${appAccounts}. */
  private static Map<String, Set<String>> grants(String sql) {
    Map<String, Set<String>> byTable = new HashMap<>();
    for (String statement : statements(sql)) {
      Matcher m = GRANT.matcher(statement);
      assertTrue(m.matches(), "not a plain table grant: " + statement);
      Set<String> privileges =
          Arrays.stream(m.group(1).split(",")).map(String::strip).collect(Collectors.toSet());
      assertNull(byTable.put(m.group(2), privileges), "granted twice: " + m.group(2));
    }
    return byTable;
  }

  private static Stream<String> statementsOf(String sql) {
    String withoutComments =
        sql.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
    return Arrays.stream(withoutComments.split(";"))
        .map(s -> s.strip().replaceAll("\\s+", " "))
        .filter(s -> !s.isEmpty());
  }

  private static Iterable<String> statements(String sql) {
    return statementsOf(sql)::iterator;
  }

  /** The tables the versioned migrations leave behind, in the order they run. */
  private static Set<String> tables() throws IOException {
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> files = Files.list(migrations)) {
      for (Path file : files.filter(AppGrantsTest::versioned).sorted(byVersion()).toList()) {
        apply(Files.readString(file), tables);
      }
    }
    return tables;
  }

  private static void apply(String sql, Set<String> tables) {
    for (String statement : statements(sql)) {
      Matcher create = CREATE.matcher(statement);
      Matcher drop = DROP.matcher(statement);
      Matcher rename = RENAME.matcher(statement);
      if (create.lookingAt()) {
        tables.add(create.group(1));
      } else if (drop.lookingAt()) {
        tables.remove(drop.group(1));
      } else if (rename.lookingAt()) {
        tables.remove(rename.group(1));
        tables.add(rename.group(2));
      }
    }
  }

  private static boolean versioned(Path file) {
    return file.getFileName().toString().matches("V\\d+(_\\d+)*__.*\\.sql");
  }

  private static java.util.Comparator<Path> byVersion() {
    return java.util.Comparator.comparingInt(
        f -> Integer.parseInt(f.getFileName().toString().replaceFirst("^V(\\d+).*", "$1")));
  }

  @Test
  void everyTableHasItsGrantAndNoGrantOutlivesItsTable() throws IOException {
    Set<String> expected = new TreeSet<>(tables());
    expected.add("flyway_schema_history"); // the health check reads the schema version
    assertTrue(expected.contains("audit_event"), "the parser found the tables: " + expected);
    assertEquals(expected, new TreeSet<>(grants.keySet()), "add the new table to R__app_grants");
  }

  @Test
  void theLogIsAppendOnlyForTheApplication() {
    assertEquals(Set.of("SELECT", "INSERT"), grants.get("audit_event"));
    assertEquals(Set.of("SELECT", "INSERT"), grants.get("audit_checkpoint"));
    assertEquals(Set.of("SELECT", "INSERT", "UPDATE"), grants.get("audit_head"));
    assertEquals(Set.of("SELECT"), grants.get("flyway_schema_history"));
  }

  @Test
  void onlyDataPrivilegesAreGranted() {
    Set<String> data = Set.of("SELECT", "INSERT", "UPDATE", "DELETE");
    grants.forEach(
        (table, privileges) -> {
          assertTrue(data.containsAll(privileges), table + ": " + privileges);
          assertTrue(privileges.contains("SELECT"), table + " cannot be read: " + privileges);
        });
  }
}
