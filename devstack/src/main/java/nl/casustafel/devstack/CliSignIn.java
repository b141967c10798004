package nl.casustafel.devstack;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Signs a user in for a command-line tool: the OAuth 2.0 authorisation code flow with PKCE (RFC
 * 7636) for Keycloak's public client {@code casustafel-cli}, with the code received on the loopback
 * redirect {@code http://127.0.0.1:8765/callback} (RFC 8252). The user signs in in their own
 * browser; no password passes through the tool.
 */
public final class CliSignIn {

  static final String CLIENT = "casustafel-cli";
  static final int PORT = 8765;
  static final String REDIRECT = "http://127.0.0.1:" + PORT + "/callback";
  private static final Duration WAIT = Duration.ofMinutes(5);

  private final URI realm;
  private final HttpClient http = HttpClient.newHttpClient();

  /** {@code realm}: e.g. {@code http://localhost:8180/realms/casustafel}. */
  public CliSignIn(URI realm) {
    this.realm = realm;
  }

  /**
   * The user's access token; {@code tell} gets the address the user must open.
   *
   * @throws IOException when the sign-in does not complete within five minutes or is refused
   */
  public String accessToken(Consumer<String> tell) throws IOException, InterruptedException {
    String verifier = random();
    String state = random();
    CompletableFuture<String> code = new CompletableFuture<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
    server.createContext(
        "/callback",
        exchange -> {
          Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
          boolean ok = state.equals(query.get("state")) && query.containsKey("code");
          byte[] page =
              (ok ? "Aangemeld; u kunt dit venster sluiten." : "Aanmelden mislukt.")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
          exchange.sendResponseHeaders(ok ? 200 : 400, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
          if (ok) {
            code.complete(query.get("code"));
          }
        });
    server.start();
    try {
      tell.accept(authorizeUrl(challenge(verifier), state));
      return token(code.get(WAIT.toSeconds(), TimeUnit.SECONDS), verifier);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException("No sign-in within " + WAIT.toMinutes() + " minutes.", e);
    } finally {
      server.stop(0);
    }
  }

  String authorizeUrl(String challenge, String state) {
    return realm
        + "/protocol/openid-connect/auth?"
        + form(
            Map.of(
                "client_id", CLIENT,
                "response_type", "code",
                "scope", "openid",
                "redirect_uri", REDIRECT,
                "state", state,
                "code_challenge", challenge,
                "code_challenge_method", "S256"));
  }

  private String token(String code, String verifier) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    form(
                        Map.of(
                            "grant_type", "authorization_code",
                            "client_id", CLIENT,
                            "code", code,
                            "redirect_uri", REDIRECT,
                            "code_verifier", verifier))))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("Keycloak refused the sign-in: HTTP " + response.statusCode());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject json = reader.readObject();
      return json.getString("access_token");
    }
  }

  static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every Java", e);
    }
  }

  private static String random() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static Map<String, String> query(String raw) {
    if (raw == null || raw.isEmpty()) {
      return Map.of();
    }
    return java.util.Arrays.stream(raw.split("&"))
        .map(p -> p.split("=", 2))
        .filter(p -> p.length == 2)
        .collect(
            Collectors.toMap(
                p -> p[0],
                p -> java.net.URLDecoder.decode(p[1], StandardCharsets.UTF_8),
                (a, b) -> a));
  }
}
