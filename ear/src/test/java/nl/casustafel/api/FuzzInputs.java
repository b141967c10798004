package nl.casustafel.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bad requests of the fuzz, made from what {@code /openapi} declares: bounded and always the
 * same. Every other part of a request is a valid placeholder that still reaches nothing — the case
 * id {@value #NO_CASE} does not exist — so a check the API forgets shows as a wrong status, never
 * as a write.
 */
final class FuzzInputs {

  static final String NO_CASE = "999999";
  private static final String JSON = "application/json";
  private static final Set<Integer> BAD = Set.of(400);
  private static final Set<Integer> ANY = Set.of();

  /**
   * Valid placeholders that reach nothing: {version} is a well-formed version number no tenant has
   * (a malformed one is a 404 before the body is read), {person} a Keycloak id that is nobody's,
   * {role} a role of the region.
   */
  private static final Map<String, String> PLACEHOLDERS =
      Map.of(
          "tenant", "zvh-gv",
          "id", NO_CASE,
          "partner", "fuzz-nobody",
          "version", "9999",
          "person", "00000000-0000-4000-8000-000000000000",
          "role", "CASE_DIRECTOR");

  /** Path parameters that are a 400 naming them when malformed (else a 404, like an unknown id). */
  private static final Set<String> NAMED_IN_PATH = Set.of("partner", "person", "role");

  private static final Map<String, List<String>> PATH_VALUES =
      Map.of(
          "tenant", List.of("abc", "ZVH-GV", "%00", "1e9", "x".repeat(300)),
          "id", List.of("abc", "1e9", "%00", "0", "-1", "1.5", "99999999999999999999"),
          "partner", List.of("ABC", "%00", "a--b", "x".repeat(300)));

  /**
   * A huge query value that still fits the request line: Liberty's HTTP transport (Netty) takes
   * request lines of at most 8 KiB and refuses longer ones before the application sees them.
   */
  private static final String LONG = "a".repeat(4000);

  private static final List<String> NUMBER_VALUES =
      List.of("abc", "-1", "99999999999999999999", "1.5", "", "%01", "%C3%28", LONG);
  private static final List<String> TEXT_REFUSED = List.of(LONG, "%01%1B", "x%00y");
  private static final List<String> TEXT_TRIED = List.of("abc", "-1", "99999999999999999999", "");

  private FuzzInputs() {}

  /** Every bad request for these operations. */
  static List<FuzzCall> calls(List<FuzzOperation> operations) {
    List<FuzzCall> calls = new ArrayList<>();
    for (FuzzOperation op : operations) {
      calls.addAll(pathCalls(op));
      calls.addAll(queryCalls(op));
      // A GCOS upload is a file, not JSON: GcosImportIT and the import's own tests try bad files.
      if (op.body() && !op.path().endsWith("/imports/gcos")) {
        calls.addAll(FuzzBodies.calls(op, account(op.path()), path(op, Map.of())));
      }
    }
    calls.addAll(undeclaredMethods(operations));
    return calls;
  }

  /** A PUT (which no path of ours takes) on every path: 405 with a rule, not an empty body. */
  private static List<FuzzCall> undeclaredMethods(List<FuzzOperation> operations) {
    Map<String, FuzzOperation> byPath = new LinkedHashMap<>();
    operations.forEach(op -> byPath.putIfAbsent(op.path(), op));
    List<FuzzCall> calls = new ArrayList<>();
    byPath.forEach(
        (path, op) -> {
          boolean declared = operations.stream().anyMatch(o -> o.label().equals("PUT " + path));
          if (!declared) {
            FuzzOperation put = new FuzzOperation("PUT", path, op.pathParams(), Map.of(), true);
            calls.add(call(put, "(undeclared)", path(put, Map.of()), "{}", Set.of(405), null));
          }
        });
    return calls;
  }

  private static List<FuzzCall> pathCalls(FuzzOperation op) {
    List<FuzzCall> calls = new ArrayList<>();
    // A valid body, so that the path is the only thing wrong.
    String body = op.body() && !op.path().endsWith("/imports/gcos") ? FuzzBodies.base(op) : null;
    for (String name : op.pathParams()) {
      Set<Integer> statuses = NAMED_IN_PATH.contains(name) ? Set.of(400, 404) : Set.of(404);
      for (String value : PATH_VALUES.getOrDefault(name, PATH_VALUES.get("id"))) {
        String path = path(op, Map.of(name, value));
        calls.add(call(op, "{" + name + "}=" + cut(value), path, body, statuses, null));
      }
    }
    return calls;
  }

  private static List<FuzzCall> queryCalls(FuzzOperation op) {
    List<FuzzCall> calls = new ArrayList<>();
    String path = path(op, Map.of());
    op.query()
        .forEach(
            (name, integer) -> {
              for (String value : integer ? NUMBER_VALUES : TEXT_REFUSED) {
                String url = path + "?" + name + "=" + value;
                calls.add(call(op, "?" + name + "=" + cut(value), url, null, BAD, name));
              }
              for (String value : integer ? List.<String>of() : TEXT_TRIED) {
                String url = path + "?" + name + "=" + value;
                calls.add(call(op, "?" + name + "=" + cut(value), url, null, ANY, null));
              }
            });
    return calls;
  }

  private static FuzzCall call(
      FuzzOperation op,
      String what,
      String path,
      String body,
      Set<Integer> statuses,
      String named) {
    byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    return new FuzzCall(
        op.label() + " " + what,
        op.method(),
        path,
        account(op.path()),
        bytes,
        JSON,
        statuses,
        named);
  }

  /** The operation's path with placeholders, some replaced by the given (raw URL) values. */
  static String path(FuzzOperation op, Map<String, String> values) {
    String path = op.path();
    for (String name : op.pathParams()) {
      String value = values.getOrDefault(name, PLACEHOLDERS.getOrDefault(name, NO_CASE));
      path = path.replace("{" + name + "}", value);
    }
    return path;
  }

  /**
   * A demo account that may use the operation, so that the input — not the role — is what gets
   * refused: the auditor for the log, the platform admin for the regions, the ZVH manager for the
   * tenant's covenant versions, people and partners, the ad-hoc partner for its statement, else the
   * case director — who also plans conferences, runs their agendas, keeps minutes and follows up
   * agreements, so the conference paths need no account of their own.
   */
  static String account(String path) {
    if (path.contains("/audit/")) {
      return "auditor.gv";
    }
    if (path.startsWith("/api/v1/platform/")) {
      return "beheer";
    }
    if (path.contains("/covenant/versions")
        || path.contains("/people")
        || path.endsWith("/partners")) {
      return "manager.gv";
    }
    if (path.endsWith("/imports/gcos")
        || path.endsWith("/access-report")
        || path.contains("/retention/")) {
      return "manager.gv";
    }
    return path.endsWith("/statement") ? "kwintes.gv" : "regisseur.gv";
  }

  static String cut(String value) {
    return value.length() > 24 ? value.substring(0, 12) + "…(" + value.length() + ")" : value;
  }
}
