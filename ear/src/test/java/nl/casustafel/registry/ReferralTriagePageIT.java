package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.casustafel.it.ApiTest;
import nl.casustafel.it.Browser;
import nl.casustafel.it.BrowserTest;
import nl.casustafel.it.PageWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Referral to case in a real Chromium: Veilig Thuis refers a person through the form (a BSN that
 * fails the elfproef stores nothing), the case director finds it in the triage queue and opens a
 * case inviting Scharlaken Koord, which then lists the case; the referrer sees the outcome, never
 * the person again. The case it opens is removed afterwards, so the demo data stay as the other
 * tests expect.
 */
class ReferralTriagePageIT extends BrowserTest {

  private static final Pattern REFERENCE = Pattern.compile("AM-\\d{4}-\\d{5}");
  private static final Pattern CASE = Pattern.compile("MH-\\d{4}-\\d{3}");

  private String referral;
  private String kase;

  @Test
  void aPartnerRefersAndTheDirectorOpensACaseInvitingScharlakenKoord() throws Exception {
    browser.openAs("/referral.xhtml", "veiligthuis.gv");
    fill("referral:name", "Mila Horvat");
    ((JavascriptExecutor) driver())
        .executeScript("document.getElementById('referral:dateOfBirth').value = '2003-04-05';");
    fill("referral:bsn", "123456789");
    fill("referral:reason", "Signalen van seksuele uitbuiting via een loverboy.");
    send();
    assertTrue(messages().contains("geen geldig BSN"), messages());
    assertEquals(0, referralsAbout(), "a refused referral stored something");

    driver().findElement(By.id("referral:bsn")).clear();
    fill("referral:bsn", "111222333");
    send();
    Matcher number = REFERENCE.matcher(messages());
    assertTrue(number.find(), messages());
    referral = number.group();
    assertTrue(driver().findElement(By.id("mine-form:receipts")).getText().contains(referral));
    assertTrue(
        driver().findElement(By.id("mine-form:receipts")).getText().contains("Wacht op triage"));
    assertFalse(driver().getPageSource().contains("Mila Horvat"), "the referrer sees the person");
    browser.screenshot("referral-sent");

    try (Browser director = new Browser()) {
      openCase(director);
    }
    browser.open("/referral.xhtml");
    assertTrue(
        driver().findElement(By.id("mine-form:receipts")).getText().contains("Casus openen"));

    try (Browser shelter = new Browser()) {
      shelter.openAs("/cases.xhtml", "scharlakenkoord");
      assertTrue(shelter.driver().getPageSource().contains(kase), "Scharlaken Koord lists " + kase);
      assertTrue(shelter.driver().getPageSource().contains("Mila Horvat"));
      recordShelter(shelter);
    }
    try (Browser director = new Browser()) {
      director.openAs("/cases.xhtml", "regisseur.gv");
      // Found first: the 36 cases of the 2019 evaluation demo fill the first page of the list.
      director.driver().findElement(By.id("cases:search")).sendKeys(kase);
      director.driver().findElement(By.id("cases:find")).click();
      director.awaitAjax();
      director.driver().findElement(By.linkText(kase)).click();
      director.driver().findElement(By.id("person-link")).click();
      String timeline = director.driver().findElement(By.id("timeline")).getText();
      assertTrue(timeline.contains("Mila Horvat"), timeline);
      assertTrue(timeline.contains("Aanmelding " + referral), timeline);
      assertTrue(timeline.contains("Casus " + kase), timeline);
      assertTrue(timeline.contains("Opvang — Scharlaken Koord"), timeline);
      director.screenshot("person-timeline");
    }
  }

  @Test
  void scharlakenKoordSeesTheCareItProvidedButNotTheJusticeEntries() throws Exception {
    browser.openAs("/person.xhtml?id=1", "scharlakenkoord");
    String timeline = driver().findElement(By.id("timeline")).getText();
    assertTrue(timeline.contains("Daria Petrova"), timeline);
    assertTrue(timeline.contains("Opvang — Scharlaken Koord"), timeline);
    assertFalse(timeline.contains("Juridische hulp"), "a JUSTICE entry shown: " + timeline);
    assertFalse(timeline.contains("Aangifte gedaan"), "a JUSTICE entry shown: " + timeline);
    assertFalse(timeline.contains("Psychische zorg"), "a HEALTH entry shown: " + timeline);
    assertTrue(driver().findElement(By.id("hidden-items")).getText().contains("verborgen"));

    try (Browser municipality = new Browser()) {
      municipality.openAs("/person.xhtml?id=1", "gemeente.hilversum");
      assertTrue(municipality.driver().findElement(By.id("no-access")).isDisplayed());
      assertFalse(municipality.driver().getPageSource().contains("Daria Petrova"));
    }
  }

  private void recordShelter(Browser shelter) {
    shelter.driver().findElement(By.linkText(kase)).click();
    shelter.choose("care:kind", "Opvang");
    ((JavascriptExecutor) shelter.driver())
        .executeScript("document.getElementById('care:start').value = '2026-11-20';");
    shelter
        .driver()
        .findElement(By.id("care:outcome"))
        .sendKeys("Opgevangen in een beschermde woning.");
    shelter.driver().findElement(By.id("care:save")).click();
    new nl.casustafel.it.PageWait(shelter.driver(), java.time.Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "vastgelegd"));
  }

  private void openCase(Browser director) throws Exception {
    director.openAs("/triage.xhtml", "regisseur.gv");
    assertTrue(director.driver().findElement(By.id("queue")).getText().contains("Mila Horvat"));
    director.driver().findElement(By.cssSelector(".ct-decide-" + referral)).click();
    // A full post: the decision form is there once the new page is.
    new nl.casustafel.it.PageWait(director.driver(), java.time.Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("decision:reason")));
    director.driver().findElement(By.id("decision:reason")).sendKeys("Ernstige signalen; ICO.");
    director
        .driver()
        .findElement(By.xpath("//label[normalize-space()='Scharlaken Koord']"))
        .click();
    director.screenshot("triage-decision");
    director.driver().findElement(By.id("decision:save")).click();
    new nl.casustafel.it.PageWait(director.driver(), java.time.Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "geopend"));
    Matcher opened = CASE.matcher(director.driver().findElement(By.id("messages")).getText());
    assertTrue(opened.find());
    kase = opened.group();
    assertFalse(
        director.driver().findElement(By.id("queue")).getText().contains(referral),
        "a decided referral left the queue");
  }

  private void fill(String id, String text) {
    driver().findElement(By.id(id)).sendKeys(text);
  }

  /** Sends the form and waits for the NEW page's messages (the old page may still show some). */
  private void send() {
    org.openqa.selenium.WebElement button = driver().findElement(By.id("referral:send"));
    button.click();
    await().until(PageWait.gone(button));
    await()
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> !messages().isBlank());
  }

  private String messages() {
    return driver().findElement(By.id("messages")).getText();
  }

  private static int referralsAbout() throws SQLException {
    try (Connection db = ApiTest.database();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT COUNT(*) FROM referral r JOIN client c ON c.id = r.client_id"
                    + " WHERE c.name = 'Mila Horvat'")) {
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /** Removes what the test opened, so that other tests see the demo cases only. */
  @AfterEach
  void removeTheCase() throws SQLException {
    try (Connection db = ApiTest.ownerDatabase()) {
      for (String sql :
          new String[] {
            "DELETE FROM referral WHERE client_id IN (SELECT id FROM client WHERE name = 'Mila Horvat')",
            "DELETE p FROM case_participation p JOIN case_file c ON c.id = p.case_id"
                + " JOIN client k ON k.id = c.client_id WHERE k.name = 'Mila Horvat'",
            "DELETE e FROM care_episode e JOIN case_file c ON c.id = e.case_id"
                + " JOIN client k ON k.id = c.client_id WHERE k.name = 'Mila Horvat'",
            "DELETE s FROM case_status_change s JOIN case_file c ON c.id = s.case_id"
                + " JOIN client k ON k.id = c.client_id WHERE k.name = 'Mila Horvat'",
            "DELETE c FROM case_file c JOIN client k ON k.id = c.client_id"
                + " WHERE k.name = 'Mila Horvat'",
            "DELETE FROM client WHERE name = 'Mila Horvat'"
          }) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
          s.executeUpdate();
        }
      }
    }
  }
}
