package nl.casustafel.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import nl.casustafel.devstack.EmbeddedMariaDb.Account;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

  private static final Account OWNER = new Account("casustafel_owner", "owner-pw");
  private static final Account APP = new Account("casustafel_app", "app-pw");

  private static List<String> statements(Account owner, Account app) {
    return Arrays.stream(EmbeddedMariaDb.accountStatements("casustafel", owner, app).split(";"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  @Test
  void bothAccountsExistAtBothLocalHosts() {
    List<String> sql = statements(OWNER, APP);
    for (String account : List.of("casustafel_owner", "casustafel_app")) {
      for (String host : List.of("127.0.0.1", "localhost")) {
        String name = "'" + account + "'@'" + host + "'";
        assertTrue(sql.stream().anyMatch(s -> s.startsWith("CREATE USER IF NOT EXISTS " + name)));
      }
    }
  }

  @Test
  void onlyTheOwnerIsGrantedAnythingHere() {
    List<String> grants =
        statements(OWNER, APP).stream().filter(s -> s.startsWith("GRANT")).toList();
    assertEquals(
        List.of(
            "GRANT ALL PRIVILEGES ON `casustafel`.* TO 'casustafel_owner'@'127.0.0.1',"
                + " 'casustafel_owner'@'localhost' WITH GRANT OPTION"),
        grants);
    assertFalse(
        grants.get(0).contains("casustafel_app"), "the application gets R__app_grants only");
  }

  @Test
  void aPasswordCannotEndItsStringLiteral() {
    assertEquals("'it\\'s\\\\'", EmbeddedMariaDb.quoted("it's\\"));
  }

  @Test
  void oneAccountForBothIsRefused() {
    Account same = new Account("casustafel_owner", "x");
    assertThrows(IllegalArgumentException.class, () -> statements(OWNER, same));
  }

  @Test
  void aUserNameCannotCarrySql() {
    Account evil = new Account("x'@'%' IDENTIFIED BY 'y", "z");
    assertThrows(IllegalArgumentException.class, () -> statements(OWNER, evil));
  }

  @Test
  void thePasswordStaysOutOfMessages() {
    assertFalse(APP.toString().contains("app-pw"));
  }
}
