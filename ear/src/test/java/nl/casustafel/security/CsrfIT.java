package nl.casustafel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.casustafel.it.Api;
import nl.casustafel.it.Browser;
import nl.casustafel.it.BrowserApiTest;
import nl.casustafel.it.CookieHttp;
import org.junit.jupiter.api.Test;

/**
 * Cross-site request forgery: a form posted to the case page with the victim's cookies (as a
 * browser on a sibling site would send them) changes nothing without the ViewState of the victim's
 * own view; the same post with it does, which shows the forged form was otherwise right. The API
 * takes no cookies at all.
 */
class CsrfIT extends BrowserApiTest {

  private static final String CASE_PAGE = "/case.xhtml?id=1";
  private static final String CASE_API = "/api/v1/tenants/zvh-gv/cases/1";

  /** The texts of case 1's information as the API shows them to the director. */
  private static List<String> texts() {
    HttpResponse<String> response = Api.get(CASE_API, token("regisseur.gv"));
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response).getJsonArray("information").stream()
        .map(JsonValue::asJsonObject)
        .filter(item -> item.containsKey("text"))
        .map(item -> item.getString("text"))
        .toList();
  }

  /** The "add information" form of the case page as its fields are named in the page. */
  private static Map<String, String> addForm(String text) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("add", "add");
    form.put("add_SUBMIT", "1"); // MyFaces (Liberty's Faces) decodes a form only with this field
    form.put("add:category_input", "SOCIAL");
    form.put("add:text", text);
    form.put("add:save", "add:save");
    return form;
  }

  private static Map<String, String> with(Map<String, String> form, String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(form);
    copy.put(key, value);
    return copy;
  }

  @Test
  void aForgedFormChangesNothingAndTheSameFormWithTheVictimsViewStateDoes() throws Exception {
    browser.openAs(CASE_PAGE, "regisseur.gv");
    String victim = CookieHttp.cookies(browser.driver(), CookieHttp.SESSION, CookieHttp.SIGN_IN);
    String run = "csrf-" + System.nanoTime();

    // What a cross-site page can send: the fields, no ViewState, or one it made up or took from
    // a page of its own account.
    CookieHttp.postForm(CASE_PAGE, victim, addForm(run + "-without-viewstate"));
    CookieHttp.postForm(
        CASE_PAGE,
        victim,
        with(addForm(run + "-made-up"), "jakarta.faces.ViewState", "-1234567890123456789:1"));
    try (Browser attacker = new Browser()) {
      attacker.openAs(CASE_PAGE, "veiligthuis.gv");
      HttpResponse<String> theirPage =
          CookieHttp.get(
              CASE_PAGE,
              CookieHttp.cookies(attacker.driver(), CookieHttp.SESSION, CookieHttp.SIGN_IN));
      Map<String, String> theirs =
          with(
              with(
                  addForm(run + "-attackers-viewstate"),
                  "jakarta.faces.ViewState",
                  CookieHttp.viewState(theirPage.body())),
              "primefaces.nonce",
              CookieHttp.nonce(theirPage));
      CookieHttp.postForm(CASE_PAGE, victim, theirs);
    }
    List<String> afterForgeries = texts();
    for (String forged : new String[] {"-without-viewstate", "-made-up", "-attackers-viewstate"}) {
      assertFalse(afterForgeries.contains(run + forged), "stored by a forged form: " + forged);
    }

    // The victim's own page: the same form with its ViewState and nonce is taken.
    HttpResponse<String> ownPage = CookieHttp.get(CASE_PAGE, victim);
    assertEquals(200, ownPage.statusCode());
    victim = CookieHttp.updated(victim, ownPage);
    HttpResponse<String> own =
        CookieHttp.postForm(
            CASE_PAGE,
            victim,
            with(
                with(
                    addForm(run + "-own"),
                    "jakarta.faces.ViewState",
                    CookieHttp.viewState(ownPage.body())),
                "primefaces.nonce",
                CookieHttp.nonce(ownPage)));
    assertTrue(
        texts().contains(run + "-own"),
        "the control post was not taken: "
            + own.statusCode()
            + " "
            + own.headers().firstValue("Location").orElse("")
            + " "
            + messages(own.body()));
  }

  /** The Faces messages of a page, or its start when it has none. */
  private static String messages(String page) {
    int at = page.indexOf("ui-messages");
    String text =
        (at < 0 ? page : page.substring(at)).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    return text.substring(0, Math.min(500, text.length()));
  }

  @Test
  void theApiIsNotSignedInByTheUisCookies() {
    browser.openAs("/cases.xhtml", "regisseur.gv");
    String cookies = CookieHttp.cookies(browser.driver(), CookieHttp.SESSION, CookieHttp.SIGN_IN);
    for (String path : new String[] {"/api/v1/me", CASE_API, CASE_API + "/participations"}) {
      assertEquals(401, CookieHttp.get(path, cookies).statusCode(), path);
    }
    HttpResponse<String> write =
        CookieHttp.postForm(CASE_API + "/information", cookies, Map.of("text", "x"));
    assertEquals(401, write.statusCode());
    // The control: the same calls with the bearer token are answered.
    JsonObject me = Api.json(Api.get("/api/v1/me", token("regisseur.gv")));
    assertEquals("regisseur.gv", me.getString("username"));
  }
}
