package nl.casustafel.identity.provisioning;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Calls Keycloak's admin API as the service account: a client-credentials token, kept until shortly
 * before it expires ({@link ServiceToken}), on every request. Every wait is bounded: 5 s to
 * connect, 10 s per request. A 401 (the token was revoked, or Keycloak restarted with new keys) is
 * retried once with a new token.
 */
final class KeycloakHttp {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  /** Keycloak's answer: status, body and the Location header of a 201. */
  record Answer(int status, String body, Optional<String> location) {

    JsonObject object() {
      return (JsonObject) AdminJson.parse(body);
    }

    JsonArray array() {
      return (JsonArray) AdminJson.parse(body);
    }

    /** The id of what a 201 created: from its Location, else from the body's {@code id}. */
    String createdId() {
      return location.map(AdminJson::idFromLocation).orElseGet(() -> object().getString("id"));
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(CONNECT_TIMEOUT)
          .build();
  private final ProvisioningSettings settings;
  private final AdminUrls urls;
  private final Clock clock;
  private ServiceToken token; // guarded by this

  KeycloakHttp(ProvisioningSettings settings, Clock clock) {
    this.settings = settings;
    this.urls = new AdminUrls(settings.keycloakUrl(), settings.realm());
    this.clock = clock;
  }

  AdminUrls urls() {
    return urls;
  }

  /** GET that must answer 200. */
  Answer get(String what, URI uri) {
    return send(what, "GET", uri, Optional.empty(), Set.of(200));
  }

  /**
   * Sends a request with a JSON body (or none) and returns the answer if its status is one of
   * {@code ok}; otherwise throws {@link ProvisioningFailed} with Keycloak's status and error text.
   */
  Answer send(String what, String method, URI uri, Optional<String> json, Set<Integer> ok) {
    Answer answer = exchange(what, method, uri, json, token(false));
    if (answer.status() == 401) {
      answer = exchange(what, method, uri, json, token(true));
    }
    if (!ok.contains(answer.status())) {
      throw new ProvisioningFailed(what, answer.status(), AdminJson.errorText(answer.body()));
    }
    return answer;
  }

  private Answer exchange(
      String what, String method, URI uri, Optional<String> json, String bearer) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(REQUEST_TIMEOUT)
            .header("Authorization", "Bearer " + bearer)
            .header("Accept", "application/json")
            .method(
                method,
                json.map(HttpRequest.BodyPublishers::ofString)
                    .orElseGet(HttpRequest.BodyPublishers::noBody));
    json.ifPresent(body -> request.header("Content-Type", "application/json"));
    HttpResponse<String> response = call(what, request);
    return new Answer(
        response.statusCode(), response.body(), response.headers().firstValue("Location"));
  }

  private synchronized String token(boolean renew) {
    if (renew || token == null || !token.usableAt(clock.instant())) {
      token = newToken();
    }
    return token.value();
  }

  private ServiceToken newToken() {
    String what = "token for " + settings.clientId();
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(settings.secret(), StandardCharsets.UTF_8);
    var asked = clock.instant();
    HttpResponse<String> response =
        call(
            what,
            HttpRequest.newBuilder(urls.token())
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (response.statusCode() != 200) {
      throw new ProvisioningFailed(
          what, response.statusCode(), AdminJson.errorText(response.body()));
    }
    return ServiceToken.from((JsonObject) AdminJson.parse(response.body()), asked);
  }

  private HttpResponse<String> call(String what, HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new ProvisioningFailed(what, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProvisioningFailed(what, e);
    }
  }
}
