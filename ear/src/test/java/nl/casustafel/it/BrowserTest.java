package nl.casustafel.it;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

/**
 * Base of the browser tests: a fresh headless Chromium (fresh profile, no cookies) per test, and
 * axe-core on every page of ours that a test opens, signs in to or ends on.
 */
public abstract class BrowserTest {

  protected Browser browser;

  @BeforeEach
  void openBrowser() throws Exception {
    Ready.await();
    browser = new Browser();
  }

  protected WebDriver driver() {
    return browser.driver();
  }

  /** A wait of up to 30 s on this test's browser. */
  protected PageWait await() {
    return new PageWait(driver(), Duration.ofSeconds(30));
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
