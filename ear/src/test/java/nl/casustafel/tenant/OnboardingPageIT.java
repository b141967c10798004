package nl.casustafel.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.casustafel.it.Browser;
import nl.casustafel.it.BrowserTest;
import nl.casustafel.it.Mailbox;
import nl.casustafel.it.PageWait;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue #15 end to end in a real Chromium (axe-core on every page of ours): {@code beheer} onboards
 * a region with its first manager; the manager sets a password from Keycloak's mail, adds two
 * partners (the police, already in another region, and a new care organisation) and a first
 * covenant, and invites a person of the care organisation, who sets a password, signs in and sees
 * exactly what the covenant grants. Finally {@code beheer} suspends the region (which keeps the
 * data and leaves the other tests' regions as they were) and the manager's next page shows no
 * region.
 */
class OnboardingPageIT extends BrowserTest {

  private static final Pattern LINK =
      Pattern.compile("https?://\\S+/login-actions/action-token\\?[^\\s\"<>]+");
  private static final String PASSWORD = "Proef-Wachtwoord-2026!";

  private final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 9999));
  private final String tenant = "zvh-proef-" + suffix;
  private final String own = "zvh-proef-org-" + suffix;
  private final String care = "hulp-proef-" + suffix;
  private final String managerEmail = "manager@" + own + ".example";
  private final String memberEmail = "medewerker@" + care + ".example";

  @Test
  void aRegionFromNothingToAPartnerMemberWhoSeesWhatTheCovenantGrants() throws Exception {
    onboard();
    try (Browser manager = new Browser()) {
      setPassword(manager, managerEmail);
      manager.open("/partners.xhtml");
      manager.signIn(managerEmail, PASSWORD);
      addPartner(manager, "politie-midden-nederland", "Politie Midden-Nederland", null);
      addPartner(manager, care, "Hulpverlening Proef " + suffix, care + ".example");
      assertEquals("ADULT", crisisServiceOf(care), "the form marks a crisis service (#13)");
      adoptFirstCovenant(manager);
      invite(manager);
      try (Browser member = new Browser()) {
        setPassword(member, memberEmail);
        member.open("/covenant.xhtml");
        member.signIn(memberEmail, PASSWORD);
        assertGrants(member);
      }
      suspend();
      manager.open("/cases.xhtml");
      assertFalse(
          manager.driver().findElements(By.id("no-tenant")).isEmpty(),
          "a suspended region is gone at the next request");
    }
  }

  private void onboard() {
    browser.openAs("/platform.xhtml", "beheer");
    type(browser, "onboard:id", tenant);
    type(browser, "onboard:name", "Zorg- en Veiligheidshuis Proefregio " + suffix);
    type(browser, "onboard:ownPartner", own);
    type(browser, "onboard:ownPartnerName", "ZVH Proefregio " + suffix);
    type(browser, "onboard:ownPartnerDomain", own + ".example");
    type(browser, "onboard:municipalities", "Proefstad, Testdorp");
    type(browser, "onboard:managerEmail", managerEmail);
    type(browser, "onboard:managerFirstName", "Mira");
    type(browser, "onboard:managerLastName", "Proef");
    post(browser, "onboard:save");
    awaitMessage(browser, "De regio is aangemaakt");
    assertTrue(browser.driver().getPageSource().contains(tenant), "the region in the table");
  }

  /** Follows the set-password link of Keycloak's mail and sets the password. */
  private static void setPassword(Browser b, String email) {
    List<Mailbox.Received> mails = Mailbox.await(email, 1);
    Matcher link = LINK.matcher(mails.get(mails.size() - 1).text());
    assertTrue(link.find(), "a link in: " + mails.get(0).text());
    WebDriver d = b.driver();
    d.get(link.group().replace("&amp;", "&"));
    PageWait wait = new PageWait(d, Duration.ofSeconds(30));
    wait.until(
        x ->
            !x.findElements(By.id("password-new")).isEmpty()
                || !x.findElements(By.partialLinkText("»")).isEmpty());
    if (d.findElements(By.id("password-new")).isEmpty()) {
      d.findElement(By.partialLinkText("»")).click(); // "Klik hier om verder te gaan »"
    }
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new")));
    d.findElement(By.id("password-new")).sendKeys(PASSWORD);
    d.findElement(By.id("password-confirm")).sendKeys(PASSWORD, Keys.ENTER);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("password-new")));
  }

  private static void addPartner(Browser b, String id, String name, String domain) {
    b.open("/partners.xhtml");
    type(b, "add:id", id);
    type(b, "add:name", name);
    if (domain != null) {
      type(b, "add:emailDomain", domain);
      // A new organisation of care here is the region's crisis service for adults (issue #13).
      new org.openqa.selenium.support.ui.Select(b.driver().findElement(By.id("add:crisisService")))
          .selectByValue("ADULT");
    }
    post(b, "add:save");
    awaitMessage(b, "werkt nu in deze regio");
  }

  private static String crisisServiceOf(String partner) throws java.sql.SQLException {
    try (java.sql.Connection db = nl.casustafel.it.ApiTest.database();
        java.sql.PreparedStatement q =
            db.prepareStatement("SELECT crisis_service FROM partner WHERE id = ?")) {
      q.setString(1, partner);
      try (java.sql.ResultSet r = q.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private void adoptFirstCovenant(Browser b) {
    b.open("/covenant-versions.xhtml");
    post(b, "versions:start-draft");
    awaitMessage(b, "concept");
    type(b, "draft:covenant-title", "Privacyconvenant Proefregio");
    click(b, "draft:add-article");
    b.awaitAjax();
    type(b, "draft:articles:0:number", "art. 1");
    type(b, "draft:articles:0:text", "Partners delen wat het casusoverleg nodig heeft.");
    party(b, "ZVH Proefregio " + suffix, 0, 1, 2);
    party(b, "Hulpverlening Proef " + suffix, 1, 2);
    post(b, "draft:save");
    awaitMessage(b, "Het concept is opgeslagen");
    type(
        b,
        "review:takesForce_input",
        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
            .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
    b.driver()
        .findElement(By.id("review:takesForce_input"))
        .sendKeys(Keys.TAB); // closes the picker
    post(b, "review:show-review");
    new PageWait(b.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("review:show-review")));
    assertFalse(
        b.driver().findElements(By.cssSelector("[id$='no-problems']")).isEmpty(),
        () ->
            "the draft still breaks rules: "
                + b.driver().findElement(By.tagName("main")).getText());
    post(b, "review:adopt");
    awaitMessage(b, "vastgesteld");
    for (String partner : List.of("ZVH Proefregio " + suffix, "Hulpverlening Proef " + suffix)) {
      b.choose("sign:partner", partner);
      type(b, "sign:signer", "M. Proef, directeur");
      post(b, "sign:save-signature");
      awaitMessage(b, "toetreding is vastgelegd");
    }
    b.assertAccessible();
  }

  /**
   * Makes the partner a party (article art. 1) that receives and provides the categories at the
   * given positions of the matrix (IDENTIFYING = 0, CONTACT = 1, SOCIAL = 2, ...).
   */
  private static void party(Browser b, String name, int... categories) {
    WebElement row =
        b.driver()
            .findElement(
                By.xpath(
                    "//tbody[@id='draft:parties_data']/tr[.//label[normalize-space()='"
                        + name
                        + "'] or .//span[normalize-space()='"
                        + name
                        + "']]"));
    List<WebElement> cells = row.findElements(By.xpath("./td"));
    cells.get(0).findElement(By.cssSelector(".ui-chkbox-box")).click();
    WebElement article = cells.get(2).findElement(By.tagName("input"));
    article.clear();
    article.sendKeys("art. 1");
    for (int c : categories) {
      List<WebElement> boxes = cells.get(3 + c).findElements(By.cssSelector(".ui-chkbox-box"));
      boxes.get(0).click(); // receives
      boxes.get(1).click(); // provides
    }
  }

  private void invite(Browser b) {
    b.open("/people.xhtml");
    type(b, "invite:email", memberEmail);
    type(b, "invite:firstName", "Sam");
    type(b, "invite:lastName", "Medewerker");
    b.choose("invite:organisation", "Hulpverlening Proef " + suffix);
    b.choose("invite:role", "Ketenpartner");
    post(b, "invite:save");
    awaitMessage(b, "uitnodiging is verstuurd");
    assertTrue(b.driver().getPageSource().contains(memberEmail), "the person in the table");
  }

  /** The member's covenant page: their organisation receives exactly CONTACT and SOCIAL. */
  private void assertGrants(Browser member) {
    WebElement row =
        member
            .driver()
            .findElement(
                By.xpath(
                    "//tbody[@id='matrix_data']/tr[.//bdi[normalize-space()='Hulpverlening Proef "
                        + suffix
                        + "']]"));
    List<WebElement> cells = row.findElements(By.xpath("./td"));
    List<String> categories =
        List.of("IDENTIFYING", "CONTACT", "SOCIAL", "HEALTH", "JUSTICE", "SAFETY", "VICTIM_STATUS");
    for (int i = 0; i < categories.size(); i++) {
      String cell = cells.get(2 + i).getText().strip();
      boolean granted = i == 1 || i == 2;
      assertEquals(granted, !cell.equals("—"), categories.get(i) + ": " + cell);
    }
    assertFalse(
        member.driver().getPageSource().contains("Politie Midden-Nederland</bdi>"),
        "the police is no party to this covenant");
  }

  private void suspend() {
    browser.open("/platform.xhtml");
    WebElement row =
        driver()
            .findElement(
                By.xpath("//tbody[@id='tenants:table_data']/tr[.//code[text()='" + tenant + "']]"));
    row.findElement(By.xpath(".//button[contains(@id,'suspend')]")).click();
    awaitMessage(browser, "opgeschort");
  }

  private static void type(Browser b, String id, String text) {
    b.awaitAjax();
    WebElement field = b.driver().findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Clicks a button that posts the whole page and waits until the new page replaced the old. */
  private static void post(Browser b, String id) {
    WebElement old = b.driver().findElement(By.tagName("html"));
    click(b, id);
    new PageWait(b.driver(), Duration.ofSeconds(30)).until(PageWait.gone(old));
  }

  private static void click(Browser b, String id) {
    b.awaitAjax();
    b.driver().findElement(By.id(id)).click();
  }

  /** Waits for the message; on a timeout the failure says what the page says instead. */
  private static void awaitMessage(Browser b, String text) {
    try {
      new PageWait(b.driver(), Duration.ofSeconds(30))
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "expected \"" + text + "\", the page says: " + text(b, "messages"), e);
    }
  }

  private static String text(Browser b, String id) {
    List<WebElement> found = b.driver().findElements(By.id(id));
    return found.isEmpty() ? "(no " + id + ")" : found.get(0).getText();
  }
}
