package nl.casustafel.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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

/**
 * The running Keycloak of the test stack, driven through its admin REST API with the bootstrap
 * admin (a demo credential of the local stack), and its token endpoint.
 */
public final class KeycloakAdmin {

  public static final String BASE =
      System.getProperty("casustafel.it.keycloak", "http://localhost:8180");
  public static final String REALM = "casustafel";
  public static final String ISSUER = BASE + "/realms/" + REALM;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /**
   * The master realm's admin tokens live 60 s; a test class that runs longer (the access matrix)
   * takes a new one after this long.
   */
  private static final Duration TOKEN_USE = Duration.ofSeconds(30);

  private String adminToken;
  private java.time.Instant adminTokenAt;

  public KeycloakAdmin() {
    renewAdminToken();
  }

  private void renewAdminToken() {
    String password =
        System.getenv().getOrDefault("CASUSTAFEL_KEYCLOAK_ADMIN_PASSWORD", "admin-demo");
    adminTokenAt = java.time.Instant.now();
    adminToken =
        token(
                BASE + "/realms/master",
                Map.of(
                    "grant_type", "password",
                    "client_id", "admin-cli",
                    "username", "admin",
                    "password", password))
            .getString("access_token");
  }

  /** Posts a form to a realm's token endpoint and returns the token response. */
  public JsonObject token(String issuer, Map<String, String> form) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("token request refused: " + response.body());
    }
    return (JsonObject) parse(response.body());
  }

  /** An access token of a demo user through a client that allows the password grant. */
  public String userToken(String clientId, String username) {
    return token(
            ISSUER,
            Map.of(
                "grant_type", "password",
                "client_id", clientId,
                "username", username,
                "password", "demo",
                "scope", "openid"))
        .getString("access_token");
  }

  public JsonStructure get(String path) {
    HttpResponse<String> response = send(admin(path).GET());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " -> " + response.statusCode());
    }
    return parse(response.body());
  }

  public JsonObject getObject(String path) {
    return (JsonObject) get(path);
  }

  public JsonArray getArray(String path) {
    return (JsonArray) get(path);
  }

  public int post(String path, JsonObject body) {
    return send(admin(path).POST(HttpRequest.BodyPublishers.ofString(body.toString())))
        .statusCode();
  }

  public int put(String path, JsonObject body) {
    return send(admin(path).PUT(HttpRequest.BodyPublishers.ofString(body.toString()))).statusCode();
  }

  public int delete(String path) {
    return send(admin(path).DELETE()).statusCode();
  }

  private HttpRequest.Builder admin(String path) {
    if (adminTokenAt.plus(TOKEN_USE).isBefore(java.time.Instant.now())) {
      renewAdminToken();
    }
    return HttpRequest.newBuilder(URI.create(BASE + "/admin/realms/" + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + adminToken)
        .header("Content-Type", "application/json");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("Keycloak at " + BASE + " did not answer", e);
    }
  }

  private static JsonStructure parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.read();
    }
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
