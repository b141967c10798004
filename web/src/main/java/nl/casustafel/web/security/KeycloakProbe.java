package nl.casustafel.web.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLException;

/**
 * Asks Keycloak for the realm's discovery document ({@code
 * <issuer>/.well-known/openid-configuration}) and waits {@link #TIMEOUT} (2 s) at most, connecting
 * included. It goes to the issuer URL, the one Liberty uses for the token endpoint after the
 * sign-in, which is also the host the browser is sent to.
 *
 * <p>Keycloak counts as down when nothing answers in time (a frozen or overloaded process accepts
 * connections but never replies), the connection fails (stopped, wrong host) or it answers 5xx
 * (starting, or its database is gone). Design notice: a TLS failure counts as an answer (fail
 * open): Liberty may trust a certificate that the JVM's default trust store, used here, does not,
 * and a wrong verdict of "down" would stop every sign-in.
 */
final class KeycloakProbe implements BooleanSupplier {

  static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final URI discovery;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /**
   * @param issuer the realm's URL, {@code casustafel.oidc.issuer}
   */
  KeycloakProbe(String issuer) {
    this.discovery = URI.create(issuer + "/.well-known/openid-configuration");
  }

  @Override
  public boolean getAsBoolean() {
    HttpRequest request = HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build();
    CompletableFuture<HttpResponse<Void>> answer =
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    try {
      return answers(answer.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).statusCode());
    } catch (TimeoutException e) {
      answer.cancel(true);
      return false;
    } catch (ExecutionException e) {
      return answeredAtAll(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** An HTTP status means Keycloak serves sign-ins unless it is a server error. */
  static boolean answers(int status) {
    return status < 500;
  }

  /** Whether a failed exchange still reached a server: only a TLS failure did (see above). */
  static boolean answeredAtAll(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SSLException) {
        return true;
      }
    }
    return false;
  }
}
