package nl.casustafel.casefile;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.casustafel.it.Api;

/** One cell of the access matrix: the request a row makes for a target, and what it observed. */
record MatrixCall(String method, String path, String body) {

  /** Demo case keys of the matrix → tenant and id (R__demo_zvh_cases.sql). */
  private static final Map<String, String> CASES =
      Map.of(
          "gv-1", "zvh-gv/1",
          "gv-2", "zvh-gv/2",
          "gv-3", "zvh-gv/3",
          "gv-4", "zvh-gv/4",
          "gv-5", "zvh-gv/5",
          "gv-6", "zvh-gv/8",
          "fl-1", "zvh-flevoland/6",
          "fl-2", "zvh-flevoland/7",
          "fl-1@gv", "zvh-gv/6");

  private static final Set<String> CATEGORIES =
      Set.of("IDENTIFYING", "CONTACT", "SOCIAL", "HEALTH", "JUSTICE", "SAFETY", "VICTIM_STATUS");

  private static final Map<String, String> BODIES =
      Map.ofEntries(
          Map.entry(
              "referrals#",
              "{\"person\": {\"name\": \"Matrix Persoon\", \"dateOfBirth\": \"2001-01-01\"},"
                  + " \"reason\": \"Matrixtest: aanmelding.\"}"),
          Map.entry(
              "signals#",
              "{\"source\": \"MAILBOX\", \"reason\": \"Matrixtest: anoniem signaal.\"}"),
          Map.entry(
              "triage#",
              "{\"outcome\": \"ADVICE_ONLY\", \"reason\": \"Matrixtest: advies gegeven.\"}"),
          Map.entry("search#reference", "{\"query\": \"2026\", \"size\": 100}"),
          Map.entry("search#name", "{\"query\": \"Petrova\", \"size\": 100}"),
          Map.entry("search#birth", "{\"query\": \"14-03-2001\", \"size\": 100}"),
          Map.entry(
              "information#SOCIAL",
              "{\"category\": \"SOCIAL\", \"text\": \"Matrixtest: sociaal.\"}"),
          Map.entry(
              "information#JUSTICE",
              "{\"category\": \"JUSTICE\", \"text\": \"Matrixtest: justitieel.\"}"),
          Map.entry(
              "care#SHELTER",
              "{\"kind\": \"SHELTER\", \"start\": \"2026-11-01\", \"outcome\": \"Matrixtest.\"}"),
          Map.entry(
              "gcos#",
              "Registratienummer;Casustype;Achternaam;Tussenvoegsel;Voornamen;Geboortedatum;"
                  + "Geslacht;BSN;Woonplaats;Nationaliteit;Datum aanmelding;Aanmelder;Status;"
                  + "Datum overleg;Regisseur;Uitbuitingsvorm\r\n"),
          Map.entry("status#", "{\"status\": \"REOPENED\", \"reason\": \"Matrixtest.\"}"),
          Map.entry("lead#", "{\"partner\": \"zvh-gooi-en-vechtstreek\"}"),
          // Person 1 (Daria Petrova) into a person that does not exist: refused or 404, so the
          // matrix never merges demo data.
          Map.entry(
              "merge#", "{\"into\": 999999, \"reason\": \"Matrixtest: nooit samengevoegd.\"}"),
          Map.entry("approval#", "{\"confirm\": true}"),
          Map.entry("participations#", "{\"partner\": \"gemeente-hilversum\"}"),
          Map.entry("break-glass#", "{\"reason\": \"Matrixtest: crisis buiten kantoortijd.\"}"));

  static MatrixCall of(MatrixTable.Row row, String target) {
    String[] method = row.endpoint().split(" ", 2);
    String path = method[1];
    if (path.contains("{id}")) {
      String[] kase = CASES.get(target).split("/");
      path = path.replace("{tenant}", kase[0]).replace("{id}", kase[1]);
    } else {
      path = path.replace("{tenant}", target.equals("gv") ? "zvh-gv" : "zvh-flevoland");
    }
    path = path.replace("{partner}", "gemeente-hilversum");
    // The demo's waiting referral AM-2026-00001 (id 1, zvh-gv); under zvh-flevoland no such id.
    path = path.replace("{referral}", "1");
    path = path.replace("{person}", "1"); // Daria Petrova (zvh-gv)
    path = path.replace("{list}", "999999999"); // a destruction list no tenant has
    String last = path.contains("/triage/") ? "triage" : path.substring(path.lastIndexOf('/') + 1);
    String body = method[0].equals("POST") ? BODIES.get(last + "#" + row.variant()) : null;
    return new MatrixCall(method[0], path + (path.endsWith("/cases") ? "?size=100" : ""), body);
  }

  HttpResponse<String> send(String token, String traceparent) {
    return Api.send(method, path, token, body, traceparent);
  }

  /** The tenant the path names. */
  String tenant() {
    String[] parts = path.split("[/?]");
    return parts.length > 4 && parts[3].equals("tenants") ? parts[4] : "";
  }

  /** What the matrix records of a response: a status, a set of cases, a count, or redactions. */
  static String observe(MatrixTable.Row row, HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      return String.valueOf(response.statusCode());
    }
    String endpoint = row.endpoint();
    if (endpoint.endsWith("/cases") || endpoint.endsWith("/cases/search")) {
      return json(response).getJsonArray("cases").stream()
          .map(c -> key(c.asJsonObject()))
          .collect(Collectors.toCollection(TreeSet::new))
          .stream()
          .collect(Collectors.joining(",", "{", "}"));
    }
    if (endpoint.endsWith("/cases/count")) {
      return String.valueOf(json(response).getJsonNumber("count").longValue());
    }
    if (endpoint.endsWith("/cases/{id}")) {
      return redactions(json(response));
    }
    return "200";
  }

  /** The categories shown redacted anywhere in a case file: "200", "200:A,B" or "200:ALL". */
  private static String redactions(JsonObject file) {
    Set<String> redacted = new TreeSet<>();
    for (JsonValue part : file.getJsonArray("information")) {
      collect(part.asJsonObject(), redacted);
    }
    collect(file.getJsonObject("client"), redacted);
    collect(file.getJsonObject("exploitationForm"), redacted);
    if (redacted.isEmpty()) {
      return "200";
    }
    return "200:" + (redacted.equals(CATEGORIES) ? "ALL" : String.join(",", redacted));
  }

  private static void collect(JsonObject part, Set<String> redacted) {
    if (part.getBoolean("redacted", false)) {
      redacted.add(part.getString("category"));
      if (part.containsKey("text") || part.containsKey("name") || part.containsKey("form")) {
        throw new AssertionError("a redacted part carries its data: " + part);
      }
    }
  }

  private static String key(JsonObject summary) {
    String id = summary.getJsonNumber("id").toString();
    return CASES.entrySet().stream()
        .filter(e -> !e.getKey().contains("@") && e.getValue().endsWith("/" + id))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("case-" + id);
  }

  private static JsonObject json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  /** "METHOD /path" for every operation in an OpenAPI document. */
  static Set<String> describedEndpoints(JsonObject openApi) {
    Set<String> endpoints = new TreeSet<>();
    openApi
        .getJsonObject("paths")
        .forEach(
            (path, operations) ->
                operations
                    .asJsonObject()
                    .keySet()
                    .forEach(m -> endpoints.add(m.toUpperCase() + " " + path)));
    return endpoints;
  }
}
