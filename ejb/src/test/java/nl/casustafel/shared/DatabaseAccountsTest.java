package nl.casustafel.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseAccountsTest {

  @Test
  void oneAccountPerHostAsGrantNamesThem() {
    assertEquals(
        "'casustafel_app'@'127.0.0.1', 'casustafel_app'@'localhost'",
        DatabaseAccounts.of("casustafel_app", " 127.0.0.1 , localhost,").sqlList());
    assertEquals(List.of("'app'@'%'"), DatabaseAccounts.of("app", "%").names());
    assertEquals(
        List.of("'app'@'10.0.0.0/255.0.0.0'", "'app'@'::1'"),
        DatabaseAccounts.of("app", "10.0.0.0/255.0.0.0,::1").names());
  }

  @Test
  void configurationCannotSmuggleSqlIntoAGrant() {
    assertThrows(
        IllegalArgumentException.class, () -> DatabaseAccounts.of("app'@'%'; DROP TABLE x", "%"));
    assertThrows(IllegalArgumentException.class, () -> DatabaseAccounts.of("app", "%' WITH GRANT"));
    assertThrows(IllegalArgumentException.class, () -> DatabaseAccounts.of("app", "a b"));
  }

  @Test
  void noUserOrNoHostIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> DatabaseAccounts.of("", "%"));
    assertThrows(IllegalArgumentException.class, () -> DatabaseAccounts.of(null, "%"));
    assertThrows(IllegalArgumentException.class, () -> DatabaseAccounts.of("app", " , "));
    assertThrows(IllegalArgumentException.class, () -> DatabaseAccounts.of("app", null));
  }
}
