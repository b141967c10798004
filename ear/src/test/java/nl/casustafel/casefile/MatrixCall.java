package nl.casustafel.casefile;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * The 36 cases of the 2019 evaluation demo (R__demo_zvh_evaluation_2019.sql, ids 101-136, all of
   * zvh-gv): they add no participation state, so a list cell names them as one entry with their
   * number, e.g. "mh2019*18".
   */
  private static final String EVALUATION = "mh2019";

  private static final long EVALUATION_FIRST = 101;
  private static final long EVALUATION_LAST = 136;

  private static final Set<String> CATEGORIES =
      Set.of("IDENTIFYING", "CONTACT", "SOCIAL", "HEALTH", "JUSTICE", "SAFETY", "VICTIM_STATUS");

  /** The parts of a crisis card and the categories they belong to (CrisisCard.CATEGORIES). */
  private static final List<String> CARD_FIELDS =
      List.of("name", "safeContact", "risks", "language", "shelterArrangement");

  private static final Set<String> CARD_CATEGORIES =
      Set.of("IDENTIFYING", "CONTACT", "SAFETY", "SOCIAL");

  /** The halves of a case's trafficking details and their categories. */
  private static final List<String> TRAFFICKING_FIELDS = List.of("victim", "justice");

  private static final Set<String> TRAFFICKING_CATEGORIES = Set.of("VICTIM_STATUS", "JUSTICE");

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
          Map.entry("break-glass#", "{\"reason\": \"Matrixtest: crisis buiten kantoortijd.\"}"),
          // Conferences and series planned in January 2020: no calendar query of a test reaches
          // them, no agreement falls due by then, and a series that ended then plans nothing.
          Map.entry(
              "conferences#",
              "{\"title\": \"Matrixtest: overleg\", \"start\": \"2020-01-07T10:00\","
                  + " \"end\": \"2020-01-07T11:00\", \"place\": \"Matrixtest\"}"),
          Map.entry(
              "conferences#unknown-case",
              "{\"title\": \"Matrixtest: ICO\", \"start\": \"2020-01-07T10:00\","
                  + " \"end\": \"2020-01-07T11:00\", \"place\": \"Matrixtest\","
                  + " \"case\": 999999}"),
          Map.entry(
              "conference-series#",
              "{\"title\": \"Matrixtest: reeks\", \"weekday\": \"TUESDAY\", \"start\": \"10:00\","
                  + " \"end\": \"11:00\", \"intervalWeeks\": 1, \"firstDay\": \"2020-01-07\","
                  + " \"lastDay\": \"2020-01-07\", \"place\": \"Matrixtest\"}"),
          // Case 1 is on conference 1's agenda already: 400 for the director, nothing added.
          Map.entry("items#", "{\"case\": 1}"),
          // Conference 2 into January 2020, so that no agreement falls due by its day.
          Map.entry("move#", "{\"start\": \"2020-01-14T10:00\", \"end\": \"2020-01-14T12:00\"}"),
          Map.entry(
              "attendance#",
              "{\"partner\": \"politie-midden-nederland\", \"person\": \"Matrixtest\","
                  + " \"presence\": \"PRESENT\"}"),
          // The police are invited for item 1 and take part in case 1: nothing changes, no mail.
          Map.entry("invitations#", "{\"partner\": \"politie-midden-nederland\"}"),
          Map.entry("timebox#", "{\"minutes\": 15}"), // item 1's timebox already
          Map.entry("position#", "{\"position\": 1}"), // item 1's position already
          Map.entry(
              "minutes#",
              "{\"category\": \"SOCIAL\", \"kind\": \"DISCUSSION\","
                  + " \"text\": \"Matrixtest: verslag.\"}"),
          // A version paragraph 1 never had: 409 for those who keep minutes, its text stays.
          Map.entry(
              "minutes#stale-version",
              "{\"version\": 999999, \"text\": \"Matrixtest: nooit opgeslagen.\"}"),
          Map.entry(
              "agreements#",
              "{\"category\": \"SOCIAL\", \"what\": \"Matrixtest: afspraak.\","
                  + " \"owner\": \"zvh-gooi-en-vechtstreek\", \"dueOn\": \"2099-12-31\"}"),
          // Agreement 1 is OPEN and OPEN cannot become OPEN: 409 for who may follow it up.
          Map.entry("status#open-again", "{\"status\": \"OPEN\"}"),
          // Keeping a tenant (issue #15): bodies the services refuse after the role check.
          Map.entry(
              "versions#terms",
              "{\"title\": \"Matrixtest: nooit opgeslagen\", \"retentionMonths\": 24,"
                  + " \"articles\": {\"art. 5\": \"Matrixtest.\"}, \"memberships\": []}"),
          Map.entry("adoption#", "{\"takesForce\": \"2020-01-01\"}"),
          Map.entry(
              "signatures#",
              "{\"partner\": \"politie-midden-nederland\", \"signer\": \"Matrixtest\","
                  + " \"signedOn\": \"2099-01-01\"}"),
          Map.entry(
              "people#",
              "{\"email\": \"matrixtest@zvh-gooi-en-vechtstreek.example\", \"firstName\":"
                  + " \"Matrix\", \"lastName\": \"Test\", \"organisation\": \"matrix-nobody\","
                  + " \"role\": \"CASE_DIRECTOR\"}"),
          Map.entry(
              "partners#",
              "{\"id\": \"politie-midden-nederland\", \"name\": \"Matrixtest\","
                  + " \"kind\": \"POLICE\"}"),
          // {tenant}: the tenant of the column, which exists (409).
          Map.entry(
              "tenants#",
              "{\"id\": \"{tenant}\", \"name\": \"Matrixtest\", \"ownPartner\":"
                  + " \"matrix-nobody\", \"ownPartnerName\": \"Matrixtest\","
                  + " \"municipalities\": [\"Matrixtest\"], \"manager\": {\"email\":"
                  + " \"matrixtest@casustafel.example\", \"firstName\": \"Matrix\","
                  + " \"lastName\": \"Test\"}}"),
          Map.entry("status#platform", "{\"status\": \"ACTIVE\"}"),
          // The mensenhandel line of work (issue #13): bodies refused after the role check, so the
          // matrix records, hands over and stores nothing. A review of a day still to come:
          Map.entry(
              "advertisement-reviews#",
              "{\"website\": \"matrixtest.example\", \"reviewedOn\": \"2099-01-01\","
                  + " \"ageBand\": \"AGE_21_25\", \"gender\": \"V\","
                  + " \"indicators\": [\"SAME_PHONE_SEVERAL_ADS\"], \"verdict\": \"NOT_RISKY\"}"),
          // Handing review 1004 to its municipality again: never a step a receiver takes (409).
          Map.entry("steps#again", "{\"step\": \"TO_MUNICIPALITY\", \"note\": \"Matrixtest.\"}"),
          Map.entry("steps#unknown", "{\"step\": \"ENRICHED\", \"note\": \"Matrixtest.\"}"),
          // A shift that ended in January 2020.
          Map.entry(
              "on-call#",
              "{\"duty\": \"CASE_DIRECTOR\", \"person\": \"Matrixtest\","
                  + " \"phone\": \"0612345678\", \"startsAt\": \"2020-01-07T08:00:00Z\","
                  + " \"endsAt\": \"2020-01-07T16:00:00Z\"}"),
          // An office that closes before it opens: refused before the role check (see the rows).
          Map.entry("office-hours#", "{\"opens\": \"17:00\", \"closes\": \"09:00\"}"),
          // A reason under 10 characters: refused first, whatever the time of day.
          Map.entry("openings#", "{\"reference\": \"MH-2026-001\", \"reason\": \"Matrix\"}"),
          // A safe contact one character over its 500: refused after every access check.
          Map.entry("crisis-card#too-long", "{\"safeContact\": \"" + "x".repeat(501) + "\"}"),
          // A sector for sexual exploitation: refused once the case is known, nothing written.
          Map.entry(
              "trafficking#bad",
              "{\"victim\": {\"form\": \"SEXUAL\", \"sector\": \"HOSPITALITY\"}}"));

  /**
   * Demo advertisement review 1004 (R__demo_zvh_evaluation_2019.sql, zvh-gv): handed to gemeente
   * Hilversum, enriched and passed on to the police, so both may see it; #unknown names none.
   */
  private static final String HANDED_REVIEW = "1004";

  private static final String NO_REVIEW = "999999999";

  private static final Pattern CASE_IN_PATH = Pattern.compile("/cases/(\\d+)");

  /** A Keycloak user id that is nobody's: no person of any tenant. */
  static final String NOBODY = "00000000-0000-4000-8000-000000000000";

  /**
   * Demo conference objects (R__demo_zvh_conferences.sql) by the last segment of the path. Reads
   * and harmless writes use conference 1 (items 1: case 1 and 2: case 3; paragraph 1 and agreement
   * 1 on item 1); moving, cancelling and what follows a cancellation use conference 2, which has no
   * items; new minutes and agreements go to item 2, whose case 3 only the ZVH's staff know, so what
   * partners see of conference 1 stays as the demo has it.
   */
  private static final Map<String, String> CONFERENCE_OF =
      Map.of("move", "2", "due", "2", "cancel", "2", "attendance", "2", "finalise", "2");

  private static final Map<String, String> ITEM_OF = Map.of("minutes", "2", "agreements", "2");

  static MatrixCall of(MatrixTable.Row row, String target) {
    String[] method = row.endpoint().split(" ", 2);
    String path = method[1];
    if (path.contains("{id}")) {
      String[] kase = CASES.get(target).split("/");
      path = path.replace("{tenant}", kase[0]).replace("{id}", kase[1]);
    } else {
      path = path.replace("{tenant}", tenantOf(target));
    }
    path = path.replace("{partner}", "gemeente-hilversum");
    if (path.contains("/people/")) {
      path = path.replace("{person}", NOBODY).replace("{role}", "CASE_DIRECTOR");
    }
    path = path.replace("{version}", "1"); // the demo covenant in force
    // The demo's waiting referral AM-2026-00001 (id 1, zvh-gv); under zvh-flevoland no such id.
    path = path.replace("{referral}", "1");
    path = path.replace("{person}", "1"); // Daria Petrova (zvh-gv)
    path = path.replace("{list}", "999999999"); // a destruction list no tenant has
    path = path.replace("{review}", row.variant().equals("unknown") ? NO_REVIEW : HANDED_REVIEW);
    String last = lastSegment(method[1]);
    path = path.replace("{conference}", CONFERENCE_OF.getOrDefault(last, "1"));
    path = path.replace("{item}", ITEM_OF.getOrDefault(last, "1"));
    path = path.replace("{paragraph}", "1").replace("{agreement}", "1");
    boolean withBody = method[0].equals("POST") || method[0].equals("PUT");
    String body = withBody ? BODIES.get(last + "#" + row.variant()) : null;
    if (body != null && path.startsWith("/api/v1/platform/")) {
      body = body.replace("{tenant}", tenantOf(target));
    }
    return new MatrixCall(method[0], path + (path.endsWith("/cases") ? "?size=100" : ""), body);
  }

  /** The tenant of a column: "gv" or "flevo". */
  private static String tenantOf(String target) {
    return target.equals("gv") ? "zvh-gv" : "zvh-flevoland";
  }

  /**
   * Undoes the one write of the matrix that succeeds: a new covenant draft (201) is thrown away
   * again at once, so every later row and test sees the demo's versions. What went wrong, or null.
   */
  String undo(HttpResponse<String> response, String token) {
    boolean drafted =
        method.equals("POST")
            && path.endsWith("/covenant/versions")
            && response.statusCode() == 201;
    if (!drafted) {
      return null;
    }
    int version = json(response).getInt("version");
    HttpResponse<String> discarded = Api.send("DELETE", path + "/" + version, token, null);
    return discarded.statusCode() == 204
        ? null
        : "draft " + version + " not thrown away: " + discarded.statusCode();
  }

  /** The last segment of an endpoint that is no placeholder: "triage" for /triage/{referral}. */
  private static String lastSegment(String endpoint) {
    String path = endpoint.replaceAll("/\\{[^}]+}$", "");
    return path.substring(path.lastIndexOf('/') + 1);
  }

  HttpResponse<String> send(String token, String traceparent) {
    return Api.send(method, path, token, body, traceparent);
  }

  /** The case the path names ("1" for /cases/1/crisis-card), or null. */
  String caseOfPath() {
    Matcher matcher = CASE_IN_PATH.matcher(path);
    return matcher.find() ? matcher.group(1) : null;
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
      List<String> keys =
          json(response).getJsonArray("cases").stream().map(c -> key(c.asJsonObject())).toList();
      Set<String> shown =
          keys.stream()
              .filter(k -> !k.equals(EVALUATION))
              .collect(Collectors.toCollection(TreeSet::new));
      long evaluation = keys.stream().filter(EVALUATION::equals).count();
      if (evaluation > 0) {
        shown.add(EVALUATION + "*" + evaluation);
      }
      return shown.stream().collect(Collectors.joining(",", "{", "}"));
    }
    if (endpoint.endsWith("/cases/count")) {
      return String.valueOf(json(response).getJsonNumber("count").longValue());
    }
    if (endpoint.endsWith("/cases/{id}")) {
      return redactions(json(response));
    }
    if (endpoint.endsWith("/crisis-card")) {
      return cardRedactions(json(response));
    }
    if (endpoint.endsWith("/trafficking")) {
      Set<String> redacted = new TreeSet<>();
      TRAFFICKING_FIELDS.forEach(f -> collect(json(response).getJsonObject(f), redacted));
      return shown(redacted, TRAFFICKING_CATEGORIES);
    }
    return "200";
  }

  /**
   * The categories shown redacted on a crisis card, as for a case file; ALL when all four of the
   * card's are (CrisisCard.CATEGORIES: the client's name, safe contact, risks, language and
   * shelter).
   */
  private static String cardRedactions(JsonObject card) {
    Set<String> redacted = new TreeSet<>();
    for (String field : CARD_FIELDS) {
      collect(card.getJsonObject(field), redacted);
    }
    return shown(redacted, CARD_CATEGORIES);
  }

  /** The categories shown redacted anywhere in a case file: "200", "200:A,B" or "200:ALL". */
  private static String redactions(JsonObject file) {
    Set<String> redacted = new TreeSet<>();
    for (JsonValue part : file.getJsonArray("information")) {
      collect(part.asJsonObject(), redacted);
    }
    collect(file.getJsonObject("client"), redacted);
    collect(file.getJsonObject("exploitationForm"), redacted);
    return shown(redacted, CATEGORIES);
  }

  /** "200" when nothing is redacted, "200:ALL" when all of {@code all} are, else "200:A,B". */
  private static String shown(Set<String> redacted, Set<String> all) {
    if (redacted.isEmpty()) {
      return "200";
    }
    return "200:" + (redacted.equals(all) ? "ALL" : String.join(",", redacted));
  }

  private static void collect(JsonObject part, Set<String> redacted) {
    if (part.getBoolean("redacted", false)) {
      redacted.add(part.getString("category"));
      if (part.containsKey("text") || part.containsKey("name") || part.containsKey("form")) {
        throw new AssertionError("a redacted part carries its data: " + part);
      }
    }
  }

  /** How many cases a list cell names: 3 for "{gv-1,mh2019*2}", 0 for "{}". */
  static int listed(String cell) {
    String inner = cell.substring(1, cell.length() - 1);
    int listed = 0;
    for (String entry : inner.isEmpty() ? new String[0] : inner.split(",")) {
      boolean evaluation = entry.startsWith(EVALUATION + "*");
      listed += evaluation ? Integer.parseInt(entry.substring(EVALUATION.length() + 1)) : 1;
    }
    return listed;
  }

  private static String key(JsonObject summary) {
    long number = summary.getJsonNumber("id").longValue();
    if (number >= EVALUATION_FIRST && number <= EVALUATION_LAST) {
      return EVALUATION;
    }
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
