package nl.casustafel.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.casustafel.shared.DatabaseOutage;
import nl.casustafel.shared.TenantContext;

/**
 * Fixes the tenant of every UI request: sends a user with several tenants to the tenant choice
 * first, then enters the active tenant into the request's {@link TenantContext}. Mapped to every
 * request (the start page "/" reaches Faces by a forward, which "*.xhtml" would not see); the API
 * names its tenant in the path and Faces resources need no tenant.
 */
@WebFilter(urlPatterns = "/*")
public class TenantChoiceFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String CHOICE_PAGE = "/choose-tenant.xhtml";

  @Inject private ActiveTenant activeTenant;
  @Inject private TenantContext tenantContext;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath();
    boolean page =
        request.getUserPrincipal() != null
            && !path.startsWith("/api/")
            && !path.startsWith("/jakarta.faces.resource/");
    try {
      if (page
          && !CHOICE_PAGE.equals(path)
          && !path.startsWith("/sign-in/") // session-guard.js's check of the sign-in: no page
          && activeTenant.mustChoose()) {
        response.sendRedirect(request.getContextPath() + CHOICE_PAGE);
        return;
      }
      if (page) {
        activeTenant.id().ifPresent(tenantContext::enter); // The UI's one place.
      }
    } catch (RuntimeException e) {
      if (!DatabaseOutage.causedBy(e)) {
        throw e;
      }
      // The user's standing needs the database: the page will fail on the same outage at once
      // and Faces shows the Dutch outage page (full page or ajax) instead of an error here.
    }
    chain.doFilter(request, response);
  }
}
