package nl.casustafel.api;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.casustafel.it.Stack;

/**
 * Sends a fuzz call as raw bytes (the shared {@code Api} sends text only). Never with {@code
 * Expect: 100-continue}: Liberty's HTTP transport reads the whole body before it answers at all.
 */
final class FuzzClient {

  // HTTP/1.1 like the other API tests: the JDK's h2c upgrade is not what API clients send.
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private FuzzClient() {}

  /** The answer; an IOException (no answer at all) is thrown on for the caller to report. */
  static HttpResponse<String> send(FuzzCall call, String token, String traceparent)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Stack.url(call.path()))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("traceparent", traceparent)
            .method(
                call.method(),
                call.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(call.body()));
    if (call.body() != null) {
      request.header("Content-Type", call.contentType());
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
