package nl.casustafel.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  @Test
  void hostPortAndDatabaseAreTakenFromTheUrl() {
    assertEquals(
        new DatabaseUrl("db.example", 3306, "casustafel"),
        DatabaseUrl.parse("jdbc:mariadb://db.example/casustafel?useSsl=true"));
    assertEquals(
        new DatabaseUrl("127.0.0.1", 3307, "casustafel"),
        DatabaseUrl.parse("jdbc:mariadb://127.0.0.1:3307/casustafel"));
    assertEquals(
        new DatabaseUrl("::1", 3317, "cs_test"),
        DatabaseUrl.parse("jdbc:mysql://[::1]:3317/cs_test"));
  }

  @Test
  void whatTheClientsCannotTakeIsRefusedNamingTheVariable() {
    for (String url :
        new String[] {
          "jdbc:mariadb://a:3306,b:3306/casustafel",
          "jdbc:mariadb:replication://a/casustafel",
          "jdbc:mariadb://a:3306/",
          "jdbc:mariadb://a:99999/casustafel",
          "jdbc:mariadb://a/case; DROP",
          "postgres://a/casustafel"
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse(url), url);
      assertTrue(e.getMessage().contains("CASUSTAFEL_DB_URL"), e.getMessage());
    }
  }

  @Test
  void theToolsConnectWithABoundedWait() {
    assertEquals(
        "jdbc:mariadb://[::1]:3317/cs?connectTimeout=5000",
        new DatabaseUrl("::1", 3317, "cs").jdbc());
  }
}
