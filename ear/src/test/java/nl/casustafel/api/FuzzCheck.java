package nl.casustafel.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

/** What is wrong with the answer to one fuzz call, or null. */
final class FuzzCheck {

  /** Text that only a stack trace, a server page or a database error would show. */
  private static final List<String> LEAKS =
      List.of(
          "Exception", "at nl.", "at java", "Caused by", "SQL", "org.eclipse", "com.ibm", "SRVE");

  private FuzzCheck() {}

  static String check(FuzzCall call, HttpResponse<String> response, String notFound) {
    int status = response.statusCode();
    String body = response.body();
    if (status >= 500 || status < 200) {
      return "status " + status + ": " + excerpt(body);
    }
    if (status == 400 && call.path().contains("%00") && body.contains("CWWWC0005I")) {
      return null; // Liberty's transport refuses an encoded NUL in a path itself, before the app.
    }
    if (!call.statuses().isEmpty() && !call.statuses().contains(status)) {
      return "expected " + call.statuses() + ", got " + status + ": " + excerpt(body);
    }
    if (status < 400) {
      return null; // A parameter value that is fine after all (a filter on "abc").
    }
    for (String leak : LEAKS) {
      if (body.contains(leak)) {
        return "the " + status + " shows \"" + leak + "\": " + excerpt(body);
      }
    }
    if (status == 404) {
      return body.equals(notFound) ? null : "a 404 unlike a missing case: " + excerpt(body);
    }
    String error = error(response);
    if (error == null || error.isBlank()) {
      return "a " + status + " without {\"error\": <the rule>}: " + excerpt(body);
    }
    if (status == 400 && call.named() != null && !names(error, call.named())) {
      return "the rule does not name " + call.named() + ": " + error;
    }
    return null;
  }

  private static boolean names(String error, String name) {
    return error.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
  }

  /** The {@code error} of a JSON object answer, or null when the answer is no such thing. */
  private static String error(HttpResponse<String> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!type.startsWith("application/json")) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject json = reader.readObject();
      return json.get("error") instanceof JsonString error ? error.getString() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  static String excerpt(String body) {
    String flat = body.replaceAll("\\s+", " ");
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }
}
