package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bulk statement of retention carries the tenant as a bound condition that no OR in the
 * statement can escape; and retention runs no bulk statement around this helper.
 */
class TenantBulkTest {

  private static final Path MAIN = Path.of("src/main/java/nl/casustafel/registry");

  @Test
  void theTenantIsAppendedAsTheLastParameter() {
    assertEquals(
        "DELETE FROM case_information WHERE (case_id = ?1) AND tenant_id = ?2",
        TenantBulk.withTenant("DELETE FROM case_information WHERE case_id = ?1", 1));
    assertEquals(
        "UPDATE x SET a = ?1 WHERE (b = ?2 AND c = ?3) AND tenant_id = ?4",
        TenantBulk.withTenant("UPDATE x SET a = ?1 WHERE b = ?2 AND c = ?3", 3));
  }

  @Test
  void anOrCannotEscapeTheTenant() {
    assertEquals(
        "DELETE FROM referral WHERE (case_id = ?1 OR client_id = ?2) AND tenant_id = ?3",
        TenantBulk.withTenant("DELETE FROM referral WHERE case_id = ?1 OR client_id = ?2", 2));
  }

  @Test
  void onlyWhereBoundDeletesAndUpdatesWithNumberedParametersAreRun() {
    for (String bad :
        List.of(
            "DELETE FROM client",
            "SELECT * FROM client WHERE id = ?1",
            "INSERT INTO client (id) VALUES (?1)",
            "DELETE FROM client WHERE tenant_id = ?1",
            "DELETE FROM client WHERE id = ?",
            "DELETE FROM client WHERE id = ?1; DELETE FROM case_file WHERE id = ?1",
            "DELETE FROM client WHERE id = ?1 -- ",
            "DELETE FROM client WHERE id = 1")) {
      int parameters =
          bad.contains("?1") ? 1 : bad.equals("DELETE FROM client WHERE id = 1") ? 1 : 0;
      assertThrows(
          IllegalArgumentException.class, () -> TenantBulk.withTenant(bad, parameters), bad);
    }
  }

  @Test
  void retentionWritesNoBulkStatementAroundTheHelper() throws IOException {
    Pattern bulk =
        Pattern.compile("createNativeQuery|executeUpdate|createQuery\\(\\s*\"(?i:delete|update)");
    try (Stream<Path> files = Files.list(MAIN)) {
      List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).toList();
      assertTrue(sources.size() > 10, "the registry's sources are found");
      for (Path source : sources) {
        if (source.endsWith("TenantBulk.java")) {
          continue;
        }
        String text = Files.readString(source);
        if (source.getFileName().toString().matches("(Retention|Destruction).*")) {
          Matcher m = bulk.matcher(text);
          assertTrue(!m.find(), source + " runs a bulk statement itself: use TenantBulk");
        }
      }
    }
  }

  @Test
  void everyBulkStatementOfRetentionNamesItsTableAndItsRows() throws IOException {
    String text = Files.readString(MAIN.resolve("Destructions.java"));
    Matcher m = Pattern.compile("\"((?:DELETE FROM|UPDATE) [^\"]+)\"").matcher(text);
    int found = 0;
    while (m.find()) {
      found++;
      String sql = m.group(1);
      String withTenant = TenantBulk.withTenant(sql, sql.contains("?1") ? 1 : 0);
      assertTrue(withTenant.endsWith("AND tenant_id = ?2"), withTenant);
    }
    assertTrue(found >= 12, "the case's tables, the person's and the list's: " + found);
  }
}
