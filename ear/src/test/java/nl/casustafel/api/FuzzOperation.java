package nl.casustafel.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One operation as {@code /openapi} describes it: what the fuzz may vary — its path parameters, its
 * query parameters (with whether they are whole numbers), and whether it takes a body.
 */
record FuzzOperation(
    String method, String path, List<String> pathParams, Map<String, Boolean> query, boolean body) {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  /** Every operation of the document, in its order. */
  static List<FuzzOperation> all(JsonObject openApi) {
    List<FuzzOperation> operations = new ArrayList<>();
    openApi
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, operation) -> {
                          if (METHODS.contains(method)) {
                            operations.add(of(method, path, item.asJsonObject(), operation));
                          }
                        }));
    return operations;
  }

  private static FuzzOperation of(
      String method, String path, JsonObject item, JsonValue operation) {
    List<String> pathParams = new ArrayList<>();
    Map<String, Boolean> query = new LinkedHashMap<>();
    List<JsonValue> parameters = new ArrayList<>(parameters(item));
    parameters.addAll(parameters(operation.asJsonObject()));
    for (JsonValue p : parameters) {
      JsonObject parameter = p.asJsonObject();
      String name = parameter.getString("name");
      if (parameter.getString("in").equals("path")) {
        pathParams.add(name);
      } else if (parameter.getString("in").equals("query")) {
        query.put(name, integer(parameter.getJsonObject("schema")));
      }
    }
    return new FuzzOperation(
        method.toUpperCase(),
        path,
        pathParams,
        query,
        operation.asJsonObject().containsKey("requestBody"));
  }

  /** Parameters declared on a path item or an operation (none when the key is absent). */
  private static List<JsonValue> parameters(JsonObject declaring) {
    JsonArray parameters = declaring.getJsonArray("parameters");
    return parameters == null ? List.of() : parameters;
  }

  /** OpenAPI 3.0 writes {@code "type": "integer"}, 3.1 may write {@code ["integer", "null"]}. */
  private static boolean integer(JsonObject schema) {
    JsonValue type = schema == null ? null : schema.get("type");
    return type != null && type.toString().contains("\"integer\"");
  }

  /** "METHOD /path", as the access matrix names it. */
  String label() {
    return method + " " + path;
  }
}
