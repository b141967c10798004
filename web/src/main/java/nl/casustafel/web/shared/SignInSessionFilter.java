package nl.casustafel.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;

/**
 * No session fixation: a UI session belongs to the user it was made for. A session that already
 * existed when the user signed in (Liberty may open one before it sends the browser to Keycloak,
 * and an attacker can plant such an id in a victim's browser) gets a new id on the first signed-in
 * request; a session of another user is dropped. Liberty's own check ({@code httpSession
 * securityIntegrationEnabled} with {@code invalidateOnUnauthorizedSessionRequestException}) refuses
 * a session of another user too; this filter does not rely on it.
 *
 * <p>Design notice: the session is made (or renewed) at the start of the request, before the page
 * uses it, so that the response carries the final id and no later request races with a renewal.
 * Faces resources and the API (bearer tokens, no session) are left alone.
 */
@WebFilter(urlPatterns = "/*")
public class SignInSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Session attribute: the user name the session was made or renewed for. */
  static final String OWNER = SignInSessionFilter.class.getName() + ".owner";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal user = request.getUserPrincipal();
    if (user != null && isUiPage(request)) {
      claimSession(request, user.getName());
    }
    chain.doFilter(request, response);
  }

  private static void claimSession(HttpServletRequest request, String user) {
    HttpSession session = request.getSession(false);
    Object owner = session == null ? null : session.getAttribute(OWNER);
    if (user.equals(owner)) {
      return; // The user's own session since sign-in.
    }
    if (session != null && owner == null) {
      request.changeSessionId(); // Made before sign-in: its id may be known to someone else.
    } else if (session != null) {
      session.invalidate(); // Another user's session: nothing of it may carry over.
      session = null;
    }
    if (session == null) {
      session = request.getSession(true);
    }
    session.setAttribute(OWNER, user);
  }

  private static boolean isUiPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.startsWith("/api/") && !path.startsWith("/jakarta.faces.resource/");
  }
}
