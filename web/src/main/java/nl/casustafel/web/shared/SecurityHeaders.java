package nl.casustafel.web.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security headers of every response we serve, in one place (issue #12). Pure apart from the
 * response it writes to, so the policies are unit-tested; {@link SecurityHeadersFilter} applies it.
 *
 * <p>Pages get a Content-Security-Policy that allows scripts only from this origin and inline
 * scripts only with the nonce PrimeFaces renders ({@code primefaces.CSP}); styles may be inline
 * because PrimeFaces' components write {@code style} attributes (its CSP support covers scripts
 * only), which cannot run code. Forms may be sent to this origin and to the identity provider only:
 * sign-out and a renewed sign-in redirect a form post there. The API gets {@code default-src
 * 'none'}: it serves JSON and CSV, never something a browser should render.
 *
 * <p>HSTS only where HTTPS is in force ({@code casustafel.sso.requires-ssl}, default true): the
 * local demo runs on plain {@code http://localhost}, and HSTS for {@code localhost} would stick to
 * every local port of the developer's browser for a year.
 */
public final class SecurityHeaders {

  static final String CSP = "Content-Security-Policy";
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  static final String HSTS = "max-age=31536000; includeSubDomains";
  static final String PERMISSIONS =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()";
  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

  private final String formAction;
  private final boolean https;

  /**
   * @param identityProvider the OIDC issuer URL ({@code casustafel.oidc.issuer}); its origin may
   *     receive form posts (by redirect); none when not configured
   * @param https whether HTTPS is in force, so that HSTS is sent
   */
  public SecurityHeaders(Optional<String> identityProvider, boolean https) {
    this.formAction = "'self'" + identityProvider.flatMap(SecurityHeaders::origin).orElse("");
    this.https = https;
  }

  /** The page policy; {@code nonce} null for a response without PrimeFaces' inline scripts. */
  String pagePolicy(String nonce) {
    return "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none';"
        + " form-action "
        + formAction
        + "; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline';"
        + " connect-src 'self'; script-src 'self'"
        + (nonce == null ? "" : " 'nonce-" + nonce + "'");
  }

  /** The headers of a UI response; a page rendered by PrimeFaces replaces the policy's nonce. */
  void applyToPage(HttpServletResponse response) {
    applyCommon(response);
    response.setHeader(CSP, pagePolicy(null));
  }

  /** The headers of an API response. */
  void applyToApi(HttpServletResponse response) {
    applyCommon(response);
    response.setHeader(CSP, API_POLICY);
  }

  private void applyCommon(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    // Same-origin keeps the Origin header on our own form posts and tells nobody else anything.
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", PERMISSIONS);
    if (https) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
  }

  /** The nonce in a policy as PrimeFaces writes it ({@code script-src 'self' 'nonce-…';}). */
  static Optional<String> nonceIn(String policy) {
    Matcher matcher = NONCE.matcher(policy == null ? "" : policy);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static Optional<String> origin(String url) {
    try {
      URI uri = URI.create(url.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return Optional.empty();
      }
      String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
      return Optional.of(" " + uri.getScheme() + "://" + uri.getHost() + port);
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // Not a URL: forms then go to this origin only.
    }
  }
}
