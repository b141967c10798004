package nl.casustafel.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 204 to a signed-in user, and nothing else: {@code session-guard.js} asks it before a form
 * is posted. Without a sign-in Liberty answers with its redirect to Keycloak instead (the URL is
 * protected like every page), and the script keeps the typing and renews the sign-in first, because
 * a post that Liberty redirects loses its body (its POST replay is off).
 */
@WebServlet(urlPatterns = SignInAlive.PATH)
public class SignInAlive extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String PATH = "/sign-in/alive";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
