package nl.casustafel.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The conference in a real Chromium (axe-core on every page): manager.gv plans a conference,
 * regisseur.gv puts two cases on it and invites Veilig Thuis to one, and veiligthuis.gv sees that
 * case in full and the other as "Casus (niet voor uw organisatie)". Two browsers edit one paragraph
 * of the minutes: the later save stores nothing and shows the other's text to merge. What the test
 * made is removed afterwards.
 */
class ConferencePageIT extends BrowserTest {

  private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");
  private static final String DEMO_PARAGRAPH =
      "Daria woont tijdelijk bij een kennis; de opvangplek komt over twee weken vrij.";

  private Long planned;

  @Test
  void theManagerPlansTheDirectorAgendasAndVeiligThuisSeesOnlyItsCase() throws Exception {
    // Two days ahead: before the demo agreement of case 1 falls due, so the agenda starts empty.
    String day = LocalDate.now().plusDays(2).toString();
    browser.openAs("/conferences.xhtml", "manager.gv");
    driver().findElement(By.id("plan:title")).sendKeys("Browser Casusoverleg");
    setValue("plan:start", day + "T10:00");
    setValue("plan:end", day + "T12:00");
    driver().findElement(By.id("plan:place")).sendKeys("Hilversum");
    click(browser, "plan:save");
    awaitMessage(browser, "gepland");
    Matcher id = ID.matcher(driver().getCurrentUrl());
    assertTrue(id.find(), driver().getCurrentUrl());
    planned = Long.parseLong(id.group(1));
    browser.assertAccessible();

    try (Browser director = new Browser()) {
      director.openAs("/conference.xhtml?id=" + planned, "regisseur.gv");
      for (String reference : List.of("MH-2026-001", "MH-2026-003")) {
        director.driver().findElement(By.id("agenda:reference")).sendKeys(reference);
        click(director, "agenda:add");
        awaitMessage(director, "staat op de agenda");
      }
      director.choose("invite:item", "1. MH-2026-001");
      director.choose("invite:partner", "Veilig Thuis Gooi en Vechtstreek");
      click(director, "invite:send");
      awaitMessage(director, "uitgenodigd");
      director.assertAccessible();
      director.screenshot("conference-agenda");
    }
    try (Browser partner = new Browser()) {
      partner.openAs("/conference.xhtml?id=" + planned, "veiligthuis.gv");
      List<WebElement> shown = partner.driver().findElements(By.cssSelector(".ct-agenda-shown"));
      List<WebElement> hidden = partner.driver().findElements(By.cssSelector(".ct-agenda-hidden"));
      assertEquals(1, shown.size());
      assertEquals(1, hidden.size());
      assertTrue(shown.get(0).getText().contains("MH-2026-001"), shown.get(0).getText());
      assertTrue(shown.get(0).getText().contains("Daria Petrova"), shown.get(0).getText());
      assertTrue(hidden.get(0).getText().contains("Casus (niet voor uw organisatie)"));
      assertFalse(partner.driver().getPageSource().contains("MH-2026-003"), "the other case");
      partner.screenshot("conference-partner");
    }
  }

  @Test
  void twoBrowsersOnOneParagraphLoseNothing() throws Exception {
    browser.openAs("/conference.xhtml?id=1", "regisseur.gv");
    try (Browser other = new Browser()) {
      other.openAs("/conference.xhtml?id=1", "zorgcoord.gv");
      // Both read version 0 of paragraph 1; the director saves first.
      type(browser, "Versie van de regisseur.");
      awaitState(browser, "Opgeslagen");
      type(other, "Versie van de zorgcoördinator.");
      awaitState(other, "Niet opgeslagen");
      String theirs = other.driver().findElement(By.cssSelector(".ct-theirs-text")).getText();
      assertEquals("Versie van de regisseur.", theirs);
      assertEquals("Versie van de regisseur.", stored(), "the later save stored nothing");
      other.assertAccessible();
      type(other, "Versie van de regisseur. Aangevuld door de zorgcoördinator.");
      awaitState(other, "Opgeslagen");
      assertEquals("Versie van de regisseur. Aangevuld door de zorgcoördinator.", stored());
    }
  }

  private static void type(Browser b, String text) {
    b.awaitAjax();
    WebElement draft = b.driver().findElement(By.cssSelector("textarea.ct-draft"));
    // Select all and type over it (clear() would fire a change, and its save re-renders the form).
    draft.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB); // leaving the field saves it
    b.awaitAjax();
  }

  private static void awaitState(Browser b, String text) {
    new PageWait(b.driver(), Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ct-save-state"), text));
  }

  private static String stored() throws Exception {
    try (Connection db = ApiTest.database();
        PreparedStatement s =
            db.prepareStatement("SELECT text FROM minutes_paragraph WHERE id = 1");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getString(1);
    }
  }

  private void setValue(String id, String value) {
    ((JavascriptExecutor) driver())
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  private static void click(Browser b, String id) {
    b.awaitAjax();
    b.driver().findElement(By.id(id)).click();
  }

  private static void awaitMessage(Browser b, String text) {
    WebDriver d = b.driver();
    new PageWait(d, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
  }

  @AfterEach
  void restore() throws Exception {
    try (Connection db = ApiTest.ownerDatabase()) {
      try (PreparedStatement s =
          db.prepareStatement("UPDATE minutes_paragraph SET text = ?, version = 0 WHERE id = 1")) {
        s.setString(1, DEMO_PARAGRAPH);
        s.executeUpdate();
      }
      if (planned == null) {
        return;
      }
      for (String sql :
          new String[] {
            "DELETE FROM agenda_invitee WHERE agenda_item_id IN"
                + " (SELECT id FROM agenda_item WHERE conference_id = ?)",
            "DELETE FROM agenda_item WHERE conference_id = ?",
            "DELETE FROM conference WHERE id = ?"
          }) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
          s.setLong(1, planned);
          s.executeUpdate();
        }
      }
    }
  }
}
