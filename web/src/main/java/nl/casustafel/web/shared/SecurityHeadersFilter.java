package nl.casustafel.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Puts {@link SecurityHeaders} on every response of the application, pages and API. Also on
 * forwards (the start page) and error pages, which Faces renders again with a nonce of its own.
 *
 * <p>Design notice: PrimeFaces ({@code primefaces.CSP=true}) makes the nonce while it renders a
 * page and adds its own, scripts-only {@code Content-Security-Policy} header. Two such headers
 * would both be enforced, so the response wrapper takes PrimeFaces' nonce and replaces the header
 * with the whole page policy. A response that PrimeFaces never renders (a redirect, a download, a
 * static resource) keeps the policy without a nonce: no inline script at all.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private transient SecurityHeaders headers;

  @Override
  public void init() {
    Config config = ConfigProvider.getConfig();
    headers =
        new SecurityHeaders(
            config.getOptionalValue("casustafel.oidc.issuer", String.class),
            config.getOptionalValue("casustafel.sso.requires-ssl", Boolean.class).orElse(true));
  }

  /** For the unit test: the filter with given headers instead of the configuration. */
  SecurityHeadersFilter(SecurityHeaders headers) {
    this.headers = headers;
  }

  public SecurityHeadersFilter() {}

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      headers.applyToApi(response);
      chain.doFilter(request, response);
      return;
    }
    headers.applyToPage(response);
    chain.doFilter(request, new PageResponse(response, headers));
  }

  /** Turns PrimeFaces' policy header into the page policy with PrimeFaces' nonce. */
  static final class PageResponse extends HttpServletResponseWrapper {

    private final SecurityHeaders headers;

    PageResponse(HttpServletResponse response, SecurityHeaders headers) {
      super(response);
      this.headers = headers;
    }

    @Override
    public void setHeader(String name, String value) {
      if (!replacePolicy(name, value)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!replacePolicy(name, value)) {
        super.addHeader(name, value);
      }
    }

    /** True when the header was a policy: ours stays, with the nonce if the value had one. */
    private boolean replacePolicy(String name, String value) {
      if (!SecurityHeaders.CSP.equalsIgnoreCase(name)) {
        return false;
      }
      SecurityHeaders.nonceIn(value)
          .ifPresent(nonce -> super.setHeader(SecurityHeaders.CSP, headers.pagePolicy(nonce)));
      return true;
    }
  }
}
