package nl.casustafel.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser-like user of the Faces UI: a cookie jar of its own ({@link CookieJar}), redirects
 * followed, and Keycloak's identity-first sign-in form (the username page, then the password page)
 * filled in as {@code Browser.signIn} in the ear tests does with Chromium. Each instance is one
 * HTTP session on Liberty, which stays there until it times out (30 minutes).
 */
final class UiUser {

  private static final Pattern LOGIN_FORM =
      Pattern.compile("<form[^>]*\\bid=\"kc-form-login\"[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
  private static final Pattern HIDDEN =
      Pattern.compile(
          "<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]*)\"[^>]*value=\"([^\"]*)\"",
          Pattern.CASE_INSENSITIVE);
  private static final String VIEW_STATE = "jakarta.faces.ViewState";

  private final String appUrl;
  private final HttpClient client;

  UiUser(String appUrl) {
    this.appUrl = appUrl;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieJar())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /**
   * Opens {@code path} (e.g. {@code /cases.xhtml}), which sends the user to Keycloak, and signs in
   * there. {@link IllegalStateException} when the sign-in does not end on that page of ours.
   */
  void signIn(String path, String username, String password) {
    HttpResponse<String> page = get(appUrl + path);
    page = submit(page, "username", username);
    page = submit(page, "password", password);
    requireFacesPage(page, path);
  }

  /** Opens a Faces page of a signed-in user; {@link IllegalStateException} unless it is one. */
  void open(String path) {
    requireFacesPage(get(appUrl + path), path);
  }

  private void requireFacesPage(HttpResponse<String> page, String path) {
    if (page.statusCode() != 200
        || !page.uri().toString().startsWith(appUrl)
        || !page.body().contains(VIEW_STATE)) {
      throw new IllegalStateException(
          "expected the Faces page " + path + ", got " + page.statusCode() + " at " + page.uri());
    }
  }

  /** Fills in Keycloak's sign-in form (its hidden fields kept) and posts it. */
  private HttpResponse<String> submit(HttpResponse<String> page, String field, String value) {
    Matcher form = LOGIN_FORM.matcher(page.body());
    Matcher action = form.find() ? ACTION.matcher(form.group()) : null;
    if (action == null || !action.find()) {
      throw new IllegalStateException(
          "no Keycloak sign-in form at " + page.uri() + " (" + page.statusCode() + ")");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(page.body());
    while (hidden.find()) {
      fields.put(hidden.group(1), unescape(hidden.group(2)));
    }
    fields.put(field, value);
    URI target = page.uri().resolve(unescape(action.group(1)));
    return Http.send(client, Http.form(target, fields));
  }

  private HttpResponse<String> get(String url) {
    return Http.send(client, Http.request(url).GET());
  }

  /** The HTML entities Keycloak's templates write in attribute values. */
  static String unescape(String attribute) {
    return attribute
        .replace("&amp;", "&")
        .replace("&#x3d;", "=")
        .replace("&#61;", "=")
        .replace("&quot;", "\"")
        .replace("&#39;", "'");
  }
}
