package nl.casustafel.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the browser tests: a fresh headless Chromium (fresh profile, no cookies) per test, and
 * axe-core on every page of ours that a test opens, signs in to or ends on.
 */
public abstract class BrowserTest {

  protected Browser browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = new Browser();
  }

  /** Whatever page a test ends on must be accessible too (after its ajax updates). */
  @AfterEach
  void closeBrowser() {
    try {
      browser.assertAccessibleIfOurs();
    } finally {
      browser.close();
    }
  }
}
