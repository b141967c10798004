package nl.casustafel.identity.provisioning;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.casustafel.partner.PartnerId;

/**
 * The JSON that Keycloak's admin API takes and gives (its representations), built and read without
 * Keycloak's own classes.
 */
final class AdminJson {

  /** Keycloak's error text is cut to this many characters: enough to tell, never a page of HTML. */
  static final int MAX_ERROR = 300;

  private AdminJson() {}

  /** An enabled organization; its domain, if given, counts as verified (as in the realm file). */
  static JsonObject organization(PartnerId alias, String name, Optional<String> domain) {
    JsonArrayBuilder domains = Json.createArrayBuilder();
    domain.ifPresent(
        d -> domains.add(Json.createObjectBuilder().add("name", d).add("verified", true)));
    return Json.createObjectBuilder()
        .add("alias", alias.value())
        .add("name", name)
        .add("enabled", true)
        .add("domains", domains)
        .build();
  }

  /**
   * An enabled user without a password whose e-mail is not yet verified (the invitation link
   * verifies it); {@code requiredActions} replaces the realm's default actions.
   */
  static JsonObject user(
      String username, String email, String firstName, String lastName, List<String> actions) {
    return Json.createObjectBuilder()
        .add("username", username)
        .add("email", email)
        .add("firstName", firstName)
        .add("lastName", lastName)
        .add("enabled", true)
        .add("emailVerified", false)
        .add("requiredActions", Json.createArrayBuilder(actions))
        .build();
  }

  static JsonObject group(String name) {
    return Json.createObjectBuilder().add("name", name).build();
  }

  /** An id or alias as the JSON string that Keycloak's organization endpoints take as body. */
  static String quoted(String value) {
    return Json.createValue(value).toString();
  }

  static String strings(List<String> values) {
    return Json.createArrayBuilder(values).build().toString();
  }

  static JsonStructure parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.read();
    }
  }

  /** The organization with this alias among Keycloak's OrganizationRepresentations. */
  static Optional<String> organizationId(List<JsonObject> organizations, PartnerId alias) {
    return organizations.stream()
        .filter(o -> alias.value().equals(o.getString("alias", null)))
        .map(o -> o.getString("id"))
        .findFirst();
  }

  /**
   * The user whose username or e-mail is exactly {@code usernameOrEmail} (ignoring case, as
   * Keycloak stores both in lower case) among a search result: Keycloak's {@code exact=true} is
   * still checked here, so that a prefix never matches.
   */
  static Optional<KeycloakUser> exactUser(JsonArray users, String usernameOrEmail) {
    String wanted = usernameOrEmail.toLowerCase(Locale.ROOT);
    return users.getValuesAs(JsonObject.class).stream()
        .map(KeycloakUser::of)
        .filter(
            u ->
                u.username().toLowerCase(Locale.ROOT).equals(wanted)
                    || u.email().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  /** The {@code path} of each GroupRepresentation, e.g. {@code /tenants/zvh-gv/AUDITOR}. */
  static List<String> groupPaths(List<JsonObject> groups) {
    return groups.stream().map(g -> g.getString("path", "")).toList();
  }

  /** The aliases of OrganizationRepresentations, as the token's organization claim lists them. */
  static JsonArray aliases(JsonArray organizations) {
    JsonArrayBuilder aliases = Json.createArrayBuilder();
    organizations.getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("alias", null))
        .filter(a -> a != null)
        .forEach(aliases::add);
    return aliases.build();
  }

  /** The id at the end of a {@code Location} header of a 201 Created. */
  static String idFromLocation(String location) {
    String path = URI.create(location).getPath().replaceAll("/+$", "");
    String id = path.substring(path.lastIndexOf('/') + 1);
    if (id.isEmpty()) {
      throw new IllegalArgumentException("no id in Location " + location);
    }
    return id;
  }

  /**
   * Keycloak's error text from an error body: {@code errorMessage}, {@code error_description} or
   * {@code error} of its JSON, else the body itself; at most {@link #MAX_ERROR} characters.
   */
  static String errorText(String body) {
    String text = body == null ? "" : body.strip();
    try {
      if (parse(text) instanceof JsonObject error) {
        text = first(error, "errorMessage", "error_description", "error").orElse(text);
      }
    } catch (JsonException | IllegalStateException e) {
      // Not JSON (an HTML error page, a proxy's text): the text itself, cut below.
    }
    return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR) + "…";
  }

  private static Optional<String> first(JsonObject object, String... names) {
    for (String name : names) {
      JsonValue value = object.get(name);
      if (value instanceof JsonString string && !string.getString().isBlank()) {
        return Optional.of(string.getString());
      }
    }
    return Optional.empty();
  }
}
