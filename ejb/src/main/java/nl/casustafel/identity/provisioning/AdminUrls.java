package nl.casustafel.identity.provisioning;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The URLs of Keycloak's token endpoint and admin REST API ({@code /admin/realms/<realm>/...}) of
 * one realm. Every path segment and query value is percent-encoded; a segment that is empty, "." or
 * ".." is refused, so that no value can leave the path it was put in.
 */
final class AdminUrls {

  private final String base;
  private final String realm;

  AdminUrls(URI keycloakUrl, String realm) {
    this.base = keycloakUrl.toString().replaceAll("/+$", "");
    this.realm = segment(realm);
  }

  /** The realm's token endpoint (the client-credentials grant). */
  URI token() {
    return URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token");
  }

  /** {@code /admin/realms/<realm>/<segments...>}. */
  URI admin(String... segments) {
    return admin(Map.of(), segments);
  }

  /** {@code /admin/realms/<realm>/<segments...>?<query>}, the query sorted by name. */
  URI admin(Map<String, String> query, String... segments) {
    StringBuilder url = new StringBuilder(base).append("/admin/realms/").append(realm);
    for (String segment : segments) {
      url.append('/').append(segment(segment));
    }
    StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");
    new TreeMap<>(query).forEach((name, value) -> parameters.add(name + "=" + encode(value)));
    return URI.create(url.append(parameters).toString());
  }

  /** A group by its path, e.g. {@code /tenants/zvh-gv/ZVH_MANAGER}: one segment per group. */
  URI groupByPath(String path) {
    String[] names = path.replaceFirst("^/", "").split("/", -1);
    String[] segments = new String[names.length + 1];
    segments[0] = "group-by-path";
    System.arraycopy(names, 0, segments, 1, names.length);
    return admin(segments);
  }

  private static String segment(String value) {
    if (value == null || Set.of("", ".", "..").contains(value)) {
      throw new IllegalArgumentException("not a path segment: " + value);
    }
    return encode(value);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
