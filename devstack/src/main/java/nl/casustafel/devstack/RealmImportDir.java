package nl.casustafel.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the directory that the demo's {@code kc.sh import --dir} reads: the production realms plus
 * the demo's files. Usage: {@code RealmImportDir <out-dir> <realm-dir>...}.
 *
 * <p>Every {@code *.json} of the directories is copied into the new output directory, in the order
 * given; a name that comes twice is an error. A {@code <realm>-realm-overlay.json} is not copied
 * but merged into the {@code <realm>-realm.json} of an earlier directory (see {@link #merge}). Why
 * an overlay: Keycloak's directory import reads {@code <realm>-users-<n>.json} files (the demo's
 * accounts), and imports them before the realm's organizations, but a users file cannot hold
 * organization memberships: those are listed, by username, in the realm file. The production realm
 * must not list them (its import would fail on a user that does not exist), so the demo adds them.
 * Placeholders such as {@code ${CASUSTAFEL_PASSWORD_POLICY:…}} are left for Keycloak to resolve.
 */
public final class RealmImportDir {

  static final String OVERLAY_SUFFIX = "-realm-overlay.json";

  private RealmImportDir() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: RealmImportDir <out-dir> <realm-dir>...");
      System.exit(2);
    }
    build(Path.of(args[0]), Arrays.stream(args, 1, args.length).map(Path::of).toList());
  }

  /** Fills {@code out} (created, must not hold the files yet) from the directories in order. */
  static void build(Path out, List<Path> sources) throws IOException {
    Files.createDirectories(out);
    for (Path source : sources) {
      for (Path file : jsonFiles(source)) {
        String name = file.getFileName().toString();
        if (name.endsWith(OVERLAY_SUFFIX)) {
          Path realm = out.resolve(name.replace(OVERLAY_SUFFIX, "-realm.json"));
          if (!Files.exists(realm)) {
            throw new IOException(file + " has no " + realm.getFileName() + " before it");
          }
          write(realm, merge(read(realm), read(file)));
        } else {
          Files.copy(file, out.resolve(name)); // FileAlreadyExistsException for a name twice
        }
      }
    }
  }

  /**
   * The overlay applied to the base: objects are merged key by key; arrays are concatenated, except
   * that an overlay element with the {@code alias} of a base element (an organization, an identity
   * provider) is merged into that element; any other overlay value replaces the base's.
   */
  static JsonValue merge(JsonValue base, JsonValue overlay) {
    if (base instanceof JsonObject b && overlay instanceof JsonObject o) {
      JsonObjectBuilder merged = Json.createObjectBuilder(b);
      o.forEach(
          (key, value) -> merged.add(key, b.containsKey(key) ? merge(b.get(key), value) : value));
      return merged.build();
    }
    if (base instanceof JsonArray b && overlay instanceof JsonArray o) {
      return mergeArrays(b, o);
    }
    return overlay;
  }

  private static JsonArray mergeArrays(JsonArray base, JsonArray overlay) {
    List<JsonValue> merged = new ArrayList<>(base);
    for (JsonValue element : overlay) {
      int same = indexOfAlias(merged, alias(element));
      if (same < 0) {
        merged.add(element);
      } else {
        merged.set(same, merge(merged.get(same), element));
      }
    }
    JsonArrayBuilder array = Json.createArrayBuilder();
    merged.forEach(array::add);
    return array.build();
  }

  private static int indexOfAlias(List<JsonValue> values, String alias) {
    for (int i = 0; alias != null && i < values.size(); i++) {
      if (alias.equals(alias(values.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  private static String alias(JsonValue value) {
    return value instanceof JsonObject o && o.containsKey("alias") ? o.getString("alias") : null;
  }

  private static List<Path> jsonFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  static JsonValue read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return Json.createReader(reader).readValue();
    }
  }

  private static void write(Path file, JsonValue value) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonWriter json =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(writer)) {
      json.write(value);
    }
  }
}
