package nl.casustafel.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.casustafel.web.security.IdTokens;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The RP-initiated logout URL at Keycloak: with the ID token as hint Keycloak ends its session
 * without asking, then sends the browser back to our start page (registered in the realm).
 */
final class KeycloakLogout {

  String url(ExternalContext context) {
    HttpServletRequest request = (HttpServletRequest) context.getRequest();
    String issuer = ConfigProvider.getConfig().getValue("casustafel.oidc.issuer", String.class);
    String back =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath()
            + "/";
    StringBuilder url =
        new StringBuilder(issuer)
            .append("/protocol/openid-connect/logout?post_logout_redirect_uri=")
            .append(encode(back))
            .append("&client_id=")
            .append(
                encode(
                    ConfigProvider.getConfig()
                        .getValue("casustafel.oidc.client-id", String.class)));
    IdTokens.raw().ifPresent(token -> url.append("&id_token_hint=").append(encode(token)));
    return url.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
