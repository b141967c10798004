package nl.casustafel.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The way from Liberty's sign-in to Keycloak (issue #12): Liberty's OpenID Connect client sends the
 * browser here ({@code authorizationEndpointUrl}) instead of straight to Keycloak. When Keycloak
 * answers, the browser goes on to Keycloak's authorization endpoint with the same request; when it
 * does not, the browser gets {@code sign-in-unavailable.xhtml} with HTTP 503 and says so in the
 * user's language, instead of a browser that hangs or shows a connection error on Keycloak's host.
 *
 * <p>Design notice: Liberty checks a protected page before any filter of ours runs, and with
 * configured endpoints it never calls Keycloak before the browser comes back with a code. So the
 * only place the application can see that Keycloak is gone, before the user is sent there, is this
 * hop. It is public (web.xml), holds no secret and reads nothing but the query string.
 */
@WebServlet(urlPatterns = SignInGateway.PATH)
public class SignInGateway extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String PATH = "/sign-in/keycloak";
  static final String UNAVAILABLE_PAGE = "/sign-in-unavailable.xhtml";

  @Inject private transient Clock clock;

  private transient AuthorizationRedirect authorization;
  private transient KeycloakReachability keycloak;

  @Override
  public void init() {
    Config config = ConfigProvider.getConfig();
    String issuer = config.getValue("casustafel.oidc.issuer", String.class);
    authorization =
        new AuthorizationRedirect(
            issuer, config.getValue("casustafel.oidc.client-id", String.class));
    keycloak = new KeycloakReachability(new KeycloakProbe(issuer), clock, KeycloakReachability.TTL);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    Optional<String> keycloakUrl = authorization.target(request.getQueryString());
    if (keycloakUrl.isEmpty()) {
      // Not Liberty's request: the start page begins a proper sign-in.
      response.sendRedirect(request.getContextPath() + "/");
    } else if (keycloak.isUp()) {
      response.sendRedirect(keycloakUrl.get());
    } else {
      request.getRequestDispatcher(UNAVAILABLE_PAGE).forward(request, response);
    }
  }
}
