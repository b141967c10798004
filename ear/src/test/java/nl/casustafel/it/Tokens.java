package nl.casustafel.it;

import java.util.HashMap;
import java.util.Map;

/**
 * Bearer tokens of demo accounts for a test class that is not an {@link ApiTest} (a browser test
 * that also calls the API): a short-lived password-grant client, removed again on close.
 *
 * <p>Usage: extend {@link BrowserApiTest}, which opens one for the test class; or {@code try
 * (Tokens tokens = new Tokens())} where a test needs one at a moment of its own.
 */
public final class Tokens implements AutoCloseable {

  private final KeycloakAdmin keycloak = new KeycloakAdmin();
  private final TestClients clients = new TestClients(keycloak);
  private final String apiClient = clients.apiClient();
  private final Map<String, String> tokens = new HashMap<>();

  /** An access token of a demo account (one per account for this object's life). */
  public String of(String account) {
    return tokens.computeIfAbsent(account, a -> keycloak.userToken(apiClient, a));
  }

  @Override
  public void close() {
    clients.close();
  }
}
