package nl.casustafel.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain HTTP/1.1 for the bench's setup and its sequential requests (not the load itself). */
final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private Http() {}

  static HttpResponse<String> send(HttpRequest.Builder request) {
    return send(CLIENT, request);
  }

  /** Sends with a client of the caller's (its own cookies, redirects); 30 s at most. */
  static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("no answer from " + request.build().uri(), e);
    }
  }

  static HttpRequest.Builder request(String url) {
    return HttpRequest.newBuilder(URI.create(url));
  }

  /** A POST of a form (Keycloak's token endpoint, its sign-in form). */
  static HttpRequest.Builder form(String url, Map<String, String> fields) {
    return form(URI.create(url), fields);
  }

  static HttpRequest.Builder form(URI uri, Map<String, String> fields) {
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(formBody(fields)));
  }

  /** {@code name=value&…}, names and values URL-encoded (UTF-8). */
  static String formBody(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** The body as JSON; {@link IllegalStateException} naming the request if the status differs. */
  static JsonStructure json(HttpResponse<String> response, int expected) {
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.request().uri()
              + " -> HTTP "
              + response.statusCode()
              + ": "
              + excerpt(response.body()));
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }

  static String excerpt(String body) {
    return body == null || body.length() <= 300 ? body : body.substring(0, 300) + "…";
  }
}
