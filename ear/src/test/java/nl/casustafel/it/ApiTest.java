package nl.casustafel.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the API tests: real tokens of the demo accounts, through a short-lived password-grant
 * client made for the test class and removed after it; and the test database, for looking at what
 * the application wrote.
 */
public abstract class ApiTest {

  private static KeycloakAdmin keycloak;
  private static TestClients clients;
  private static String apiClient;
  private static final Map<String, String> TOKENS = new HashMap<>();

  @BeforeAll
  static void createClient() {
    keycloak = new KeycloakAdmin();
    clients = new TestClients(keycloak);
    apiClient = clients.apiClient();
    TOKENS.clear();
    Ready.await(token("regisseur.gv"));
  }

  @AfterAll
  static void removeClient() {
    clients.close();
  }

  /** An access token of a demo account (one per account and test class). */
  protected static String token(String account) {
    return TOKENS.computeIfAbsent(account, a -> keycloak.userToken(apiClient, a));
  }

  /**
   * The database the application under test uses, as the application's own account: it may read and
   * append, as the application does (./casustafel test exports URL and accounts).
   */
  public static Connection database() throws SQLException {
    return DriverManager.getConnection(
        System.getenv("CASUSTAFEL_DB_URL"),
        System.getenv("CASUSTAFEL_DB_USER"),
        System.getenv("CASUSTAFEL_DB_PASSWORD"));
  }

  /**
   * The same database as the schema owner, for a test that plays an attacker with every right:
   * dropping triggers, editing or deleting log rows. The application's account may do none of it.
   */
  public static Connection ownerDatabase() throws SQLException {
    return DriverManager.getConnection(
        System.getenv("CASUSTAFEL_DB_URL"),
        System.getenv("CASUSTAFEL_DB_OWNER_USER"),
        System.getenv("CASUSTAFEL_DB_OWNER_PASSWORD"));
  }
}
