package nl.casustafel.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium from the distribution's packages. Missing binaries fail the test with
 * the command to fix it: browser tests never skip.
 *
 * <p>Design notice: the driver and browser paths are given explicitly, or Selenium Manager would
 * try to download a browser, which this network does not allow.
 */
public final class Browser implements AutoCloseable {

  private static final String CHROMIUM =
      System.getProperty("casustafel.it.chromium", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getProperty("casustafel.it.chromedriver", "/usr/bin/chromedriver");

  private final WebDriver driver;
  private final Path profile;

  public Browser() throws IOException {
    for (String binary : new String[] {CHROMIUM, DRIVER}) {
      if (!new File(binary).canExecute()) {
        throw new IllegalStateException(
            binary
                + " is missing: run ./casustafel test (it installs chromium and chromium-driver).");
      }
    }
    profile = Files.createTempDirectory("casustafel-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    driver = new ChromeDriver(service, options);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a page of the application; a page of ours must pass {@link #assertAccessible()}. */
  public void open(String path) {
    driver.get(Stack.url(path).toString());
    assertAccessibleIfOurs();
  }

  /**
   * Runs axe-core (bundled, no download) on the page as it is now and fails on any serious or
   * critical violation: WCAG 2.1 AA is the norm for the public servants who use Casustafel.
   */
  public void assertAccessible() {
    awaitAjax();
    Results results = new AxeBuilder().analyze(driver);
    List<String> violations =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .map(
                r ->
                    r.getId()
                        + " ("
                        + r.getImpact()
                        + ", "
                        + r.getNodes().size()
                        + "x, e.g. "
                        + r.getNodes().stream()
                            .limit(3)
                            .map(n -> n.getTarget() + " " + abbreviated(n.getHtml()))
                            .toList()
                        + ")")
            .toList();
    if (!violations.isEmpty()) {
      throw new AssertionError("axe-core on " + driver.getCurrentUrl() + ": " + violations);
    }
  }

  private static String abbreviated(String html) {
    return html == null || html.length() <= 160 ? html : html.substring(0, 160) + "…";
  }

  /** {@link #assertAccessible()} when the browser shows an HTML page of ours (not Keycloak's). */
  public void assertAccessibleIfOurs() {
    boolean page =
        Boolean.TRUE.equals(
            ((JavascriptExecutor) driver)
                .executeScript("return document.contentType === 'text/html';"));
    if (page && driver.getCurrentUrl().startsWith(Stack.baseUrl().toString())) {
      assertAccessible(); // A JSON answer shown by the browser is no page.
    }
  }

  /**
   * Signs in at Keycloak's identity-first login: the username page, then the password page. Call it
   * on a page that sent the browser to Keycloak.
   */
  public void signIn(String username, String password) {
    WebDriverWait wait = new PageWait(driver, Duration.ofSeconds(30));
    type(wait, "username", username);
    driver.findElement(By.id("kc-login")).click();
    type(wait, "password", password);
    driver.findElement(By.id("kc-login")).click();
    wait.until(d -> d.getCurrentUrl().startsWith(Stack.baseUrl().toString()));
    assertAccessible();
  }

  /**
   * Types into a field of a page that may still be navigating (Keycloak's identity-first login
   * loads the password page while the old one is still there): a field that goes away while typed
   * into ("aborted by navigation", stale) is found again, emptied and typed into anew.
   */
  private static void type(WebDriverWait wait, String id, String text) {
    wait.ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            d -> {
              org.openqa.selenium.WebElement field = d.findElement(By.id(id));
              if (!field.isDisplayed()) {
                return false;
              }
              field.clear();
              field.sendKeys(text);
              return text.equals(field.getAttribute("value"));
            });
  }

  /** Opens a page and signs in as a demo user (password {@code demo}). */
  public void openAs(String path, String username) {
    open(path);
    signIn(username, "demo");
  }

  /**
   * Waits until PrimeFaces has no ajax request in flight and no jQuery animation (an overlay
   * opening or closing) is running: only then does a click land where the test aims it.
   */
  public void awaitAjax() {
    new PageWait(driver, Duration.ofSeconds(15))
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                                + " && (!window.jQuery || jQuery(':animated').length === 0);"));
  }

  /**
   * Chooses an option of a PrimeFaces {@code p:selectOneMenu} as a user does: opens the overlay,
   * waits until it has finished opening, clicks the option and waits until the menu shows it and
   * the overlay has closed. Fails when the choice did not take.
   *
   * @param menuId the client id of the menu, e.g. {@code audit:exception}
   * @param label the option's visible label
   */
  public void choose(String menuId, String label) {
    String css = "#" + menuId.replace(":", "\\:");
    WebDriverWait wait = new PageWait(driver, Duration.ofSeconds(15));
    awaitAjax();
    driver.findElement(By.cssSelector(css)).click();
    By option = By.cssSelector(css + "_panel li[data-label='" + label + "']");
    wait.until(ExpectedConditions.visibilityOfElementLocated(option));
    awaitSettled(By.cssSelector(css + "_panel"));
    driver.findElement(option).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector(css + "_label"), label));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css + "_panel")));
    awaitAjax();
  }

  /**
   * Waits until an overlay has finished its opening transition: fully opaque and in the same place
   * on two polls in a row (PrimeFaces animates overlays with CSS transitions, which jQuery's {@code
   * :animated} does not see). A click during the transition lands beside its target.
   */
  private void awaitSettled(By overlay) {
    String[] last = {""};
    new PageWait(driver, Duration.ofSeconds(15))
        .pollingEvery(Duration.ofMillis(100))
        .until(
            d -> {
              String now =
                  (String)
                      ((JavascriptExecutor) d)
                          .executeScript(
                              "const e = arguments[0], r = e.getBoundingClientRect();"
                                  + " return getComputedStyle(e).opacity + ' ' + r.top + ' '"
                                  + " + r.left + ' ' + r.width + ' ' + r.height;",
                              d.findElement(overlay));
              boolean settled = now.equals(last[0]) && now.startsWith("1 ");
              last[0] = now;
              return settled;
            });
  }

  /** Saves what the browser shows, for the README and for looking at a failure. */
  public void screenshot(String name) throws IOException {
    Path dir = Path.of(System.getProperty("casustafel.it.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(
        png.toPath(),
        dir.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
