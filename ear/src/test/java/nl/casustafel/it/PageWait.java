package nl.casustafel.it;

import java.time.Duration;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A wait that survives the page being replaced while it looks: a full post or a redirect swaps the
 * document between finding an element and reading it. Chromium reports that as a stale element, or
 * (Chromium 156 and later) as an "unknown error: Node with given id does not belong to the
 * document"; both mean "look again", not a failure. The wait still fails when its condition is not
 * met in time. Every browser test waits with this class.
 */
public class PageWait extends WebDriverWait {

  public PageWait(WebDriver driver, Duration timeout) {
    super(driver, timeout);
    ignoring(StaleElementReferenceException.class);
  }

  @Override
  public <V> V until(java.util.function.Function<? super WebDriver, ? extends V> isTrue) {
    return super.<V>until(
        new java.util.function.Function<WebDriver, V>() {
          @Override
          public V apply(WebDriver driver) {
            try {
              return isTrue.apply(driver);
            } catch (WebDriverException e) {
              if (replaced(e)) {
                return null; // the document was replaced while looking: look again
              }
              throw e;
            }
          }

          @Override
          public String toString() {
            return isTrue.toString(); // what the test waited for, in the timeout's message
          }
        });
  }

  /** Whether the element is gone: stale, or its document replaced. */
  public static ExpectedCondition<Boolean> gone(WebElement element) {
    return driver -> {
      try {
        element.isEnabled();
        return false;
      } catch (StaleElementReferenceException e) {
        return true;
      } catch (WebDriverException e) {
        if (replaced(e)) {
          return true;
        }
        throw e;
      }
    };
  }

  private static boolean replaced(WebDriverException e) {
    String message = e.getMessage();
    return e instanceof StaleElementReferenceException
        || message != null && message.contains("does not belong to the document");
  }
}
