package nl.casustafel.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.casustafel.it.CookieHttp;
import nl.casustafel.it.Stack;

/**
 * The form fuzz's requests: with the session's cookies (kept up to date as a browser would), one
 * W3C trace for all of them (so the log's events of the fuzz can be found), never following a
 * redirect, and able to send a value that is already percent-encoded — invalid UTF-8 cannot be
 * written as a Java string.
 */
final class FormHttp {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final String trace;
  private String cookies;
  private int requests;

  /**
   * @param cookies the Cookie header of a signed-in browser
   * @param trace the trace id (32 hex digits) every request carries
   */
  FormHttp(String cookies, String trace) {
    this.cookies = cookies;
    this.trace = trace;
  }

  /** How many requests this client sent. */
  int requests() {
    return requests;
  }

  HttpResponse<String> get(String path) throws IOException {
    return send(HttpRequest.newBuilder(Stack.url(path)).GET());
  }

  /**
   * Posts the fields (in the map's order) as {@code application/x-www-form-urlencoded}, as a
   * browser does without a charset; the values of {@code raw} names are sent as they are.
   */
  HttpResponse<String> post(String path, Map<String, String> fields, Set<String> raw)
      throws IOException {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    encode(e.getKey())
                        + "="
                        + (raw.contains(e.getKey()) ? e.getValue() : encode(e.getValue())))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(Stack.url(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    requests++;
    String span = String.format("%016x", requests);
    request
        .timeout(Duration.ofSeconds(30))
        .header("Cookie", cookies)
        .header("traceparent", "00-" + trace + "-" + span + "-01");
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      cookies = CookieHttp.updated(cookies, response);
      return response;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
