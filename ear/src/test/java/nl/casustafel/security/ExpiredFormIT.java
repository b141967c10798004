package nl.casustafel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.UUID;
import nl.casustafel.it.Api;
import nl.casustafel.it.BrowserApiTest;
import nl.casustafel.it.CookieHttp;
import nl.casustafel.it.PageWait;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A form posted after the sign-in ended (issue #12): Liberty would send the post to Keycloak and
 * drop its body, so the page came back empty, or as a case page without its case. Now the post is
 * held, the sign-in renewed, the text put back and the user asked to send again — and what is sent
 * again, even with a double click, is saved exactly once; nothing empty is ever saved.
 */
class ExpiredFormIT extends BrowserApiTest {

  private static final String CASE_3 = "/api/v1/tenants/zvh-gv/cases/3";
  private static final String NOTICE = "U was afgemeld; controleer en verstuur opnieuw.";

  /** Case 3's information as the case director reads it through the API. */
  private static JsonArray items() {
    return Api.json(Api.get(CASE_3, token("regisseur.gv"))).getJsonArray("information");
  }

  private static long itemsWithText(String text) {
    return items().stream()
        .map(JsonObject.class::cast)
        .filter(item -> text.equals(item.getString("text", null)))
        .count();
  }

  private static long itemsWithoutText() {
    return items().stream()
        .map(JsonObject.class::cast)
        .filter(item -> !item.getBoolean("redacted", false))
        .filter(item -> item.getString("text", "").isBlank())
        .count();
  }

  @Test
  void aPostAfterTheSignInEndedKeepsItsTextAndIsSavedOnceWhenSentAgain() {
    String text = "Na het verlopen van de aanmelding getypt " + UUID.randomUUID();
    int before = items().size();
    browser.openAs("/case.xhtml?id=3", "regisseur.gv");
    browser.choose("add:category", "Sociaal");
    WebElement field = driver().findElement(By.id("add:text"));
    field.sendKeys(text);
    driver().manage().deleteCookieNamed(CookieHttp.SIGN_IN); // As after casustafel.session.max.
    driver().findElement(By.id("add:save")).click();

    // The page comes back through the silent re-login, at its own address, with the text.
    await().until(PageWait.gone(field));
    await().until(d -> text.equals(d.findElement(By.id("add:text")).getDomProperty("value")));
    WebElement notice = driver().findElement(By.id("signed-out-notice"));
    await().until(ExpectedConditions.visibilityOf(notice));
    assertEquals(NOTICE, notice.getText());
    assertTrue(driver().getCurrentUrl().endsWith("/case.xhtml?id=3"), driver().getCurrentUrl());
    assertNotNull(driver().manage().getCookieNamed(CookieHttp.SIGN_IN), "signed in again");
    assertEquals(0, itemsWithText(text), "the held post saved nothing");
    assertEquals(before, items().size(), "and nothing empty either");

    // Checked and sent again, with a double click: saved once.
    browser.choose("add:category", "Sociaal");
    new Actions(driver()).doubleClick(driver().findElement(By.id("add:save"))).perform();
    await()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("section-SOCIAL"), text));
    browser.awaitAjax();
    assertEquals(1, itemsWithText(text));
    assertEquals(before + 1, items().size());
    assertEquals(0, itemsWithoutText());
    assertEquals("", driver().findElement(By.id("add:text")).getDomProperty("value"));
  }
}
