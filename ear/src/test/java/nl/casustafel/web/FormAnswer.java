package nl.casustafel.web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.casustafel.it.Stack;

/** What is wrong with the answer to one fuzzed form post, or null. */
final class FormAnswer {

  private FormAnswer() {}

  /**
   * @param refused the bad value must be refused: the page again (200) with an error message
   * @param raw the value was a percent-encoding the transport may refuse itself (400)
   * @param script markup that must come back escaped, never as itself
   * @param errorPage text of the generic error page (Dutch)
   * @param leak what only a stack trace or a server's error page shows
   */
  static String check(
      HttpResponse<String> answer,
      boolean refused,
      boolean raw,
      String script,
      String errorPage,
      Pattern leak) {
    int status = answer.statusCode();
    String body = answer.body() == null ? "" : answer.body();
    if (status >= 500) {
      return "status " + status + ": " + excerpt(body);
    }
    Matcher leaked = leak.matcher(body);
    if (leaked.find()) {
      return "the " + status + " shows \"" + leaked.group() + "\": " + excerpt(body);
    }
    if (status == 302 || status == 303) {
      return redirect(answer.headers().firstValue("Location").orElse(""), refused);
    }
    if (status == 400 && raw) {
      return null; // The HTTP transport's own refusal of a malformed encoding, before the app.
    }
    if (status != 200) {
      return "status " + status + ": " + excerpt(body);
    }
    String type = answer.headers().firstValue("Content-Type").orElse("");
    if (!type.startsWith("text/html")) {
      // A download (the log's CSV) for a value that is fine; for a refused one the action ran.
      return refused ? "a " + type + " answer: the action ran with the bad value" : null;
    }
    return page(body, refused, script, errorPage);
  }

  private static String page(String body, boolean refused, String script, String errorPage) {
    if (body.contains(errorPage)) {
      return "the generic error page";
    }
    if (!body.contains("lang=\"nl\"")) {
      return "not the Dutch page: " + excerpt(body);
    }
    if (body.contains(script)) {
      return "the script came back as markup";
    }
    if (refused && !body.contains("ct-message-error")) {
      return "no error message: the bad value was taken or ignored silently";
    }
    return null;
  }

  /** A redirect must stay on our pages; the sign-in's hop means the session was lost. */
  private static String redirect(String location, boolean refused) {
    URI to = Stack.baseUrl().resolve(location);
    boolean ours =
        to.getHost() != null
            && to.getHost().equals(Stack.baseUrl().getHost())
            && to.getPort() == Stack.baseUrl().getPort()
            && !to.getPath().startsWith("/sign-in");
    if (!ours) {
      return "a redirect away from our pages (signed out?): " + location;
    }
    return refused ? "a redirect to " + location + ": the action ran with the bad value" : null;
  }

  static String excerpt(String body) {
    String flat = body.replaceAll("\\s+", " ");
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }
}
