package nl.casustafel.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the browser tests: a fresh headless Chromium (fresh profile, no cookies) per test. */
public abstract class BrowserTest {

  protected Browser browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }
}
