package nl.casustafel.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the browser tests that also call the API (to set up or check what a page did): the
 * browser of {@link BrowserTest}, and real tokens of the demo accounts through a short-lived
 * password-grant client made for the test class and removed after it ({@link Tokens}).
 */
public abstract class BrowserApiTest extends BrowserTest {

  private static Tokens tokens;

  @BeforeAll
  static void openTokens() {
    tokens = new Tokens();
  }

  @AfterAll
  static void closeTokens() {
    tokens.close();
  }

  /** An access token of a demo account (one per account and test class). */
  protected static String token(String account) {
    return tokens.of(account);
  }
}
