package nl.casustafel.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls the deployed REST API with or without a bearer token. */
public final class Api {

  // HTTP/1.1: the JDK client's h2c upgrade attempt is not what API clients send.
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private Api() {}

  public static HttpResponse<String> get(String path, String bearerToken) {
    return send("GET", path, bearerToken, null);
  }

  /** Any method; {@code jsonBody} may be null for none. */
  public static HttpResponse<String> send(
      String method, String path, String bearerToken, String jsonBody) {
    return send(method, path, bearerToken, jsonBody, null);
  }

  /** Any method, as part of the caller's W3C trace when {@code traceparent} is given. */
  public static HttpResponse<String> send(
      String method, String path, String bearerToken, String jsonBody, String traceparent) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Stack.url(path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                jsonBody == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(jsonBody));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    if (traceparent != null) {
      request.header("traceparent", traceparent);
    }
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("the API did not answer " + method + " " + path, e);
    }
  }

  /** A POST of raw bytes (a file upload) as {@code text/csv}. */
  public static HttpResponse<String> upload(String path, String bearerToken, byte[] file) {
    HttpRequest request =
        HttpRequest.newBuilder(Stack.url(path))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "text/csv")
            .header("Authorization", "Bearer " + bearerToken)
            .POST(HttpRequest.BodyPublishers.ofByteArray(file))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("the API did not answer the upload to " + path, e);
    }
  }

  public static JsonObject json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
