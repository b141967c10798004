package nl.casustafel.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bad bodies of the fuzz for one operation: not JSON, not an object, too deep, too large, not
 * UTF-8, the wrong media type, an unknown or doubled field, and every documented field with a value
 * of the wrong type or with control characters. Each is a valid body with exactly one thing wrong.
 */
final class FuzzBodies {

  private enum Kind {
    TEXT,
    QUERY,
    SLUG,
    INSTANT,
    ENUM,
    NUMBER,
    DATE,
    OBJECT,
    SLUGS,
    BOOLEAN,
    /** An Amsterdam wall-clock time {@code 2027-03-02T10:00}, no offset. */
    WALL_CLOCK,
    /** A time of day {@code 10:00}. */
    TIME,
    /** A JSON array of objects or names, checked element by element ({@link #EXTRA}). */
    LIST
  }

  /** One more bad value of a field and what its 400 must name (null: any rule). */
  private record Wrong(String value, String named) {}

  /** {@code valid} is a JSON literal that passes; {@code required} fields make {} a 400. */
  private record Field(String name, Kind kind, String valid, boolean required) {}

  /** A valid grant and membership of a covenant draft, and a valid first manager of a region. */
  private static final String GRANT =
      "{\"category\": \"SOCIAL\", \"direction\": \"RECEIVE\", \"purpose\": \"CASE_CONFERENCE\","
          + " \"article\": \"art. 5\"}";

  private static final String MEMBERSHIP =
      "{\"partner\": \"politie-midden-nederland\", \"role\": \"CORE\", \"article\": \"art. 5\","
          + " \"grants\": ["
          + GRANT
          + "]}";

  private static final String MANAGER =
      "{\"email\": \"fuzz@fuzz.example\", \"firstName\": \"Fuzz\", \"lastName\": \"Persoon\"}";

  /** The documented fields of each body (README, "The API"), by how the operation's path ends. */
  private static final Map<String, List<Field>> FIELDS =
      Map.ofEntries(
          Map.entry(
              "/status",
              List.of(
                  new Field("status", Kind.ENUM, "\"MONITORING\"", true),
                  new Field("reason", Kind.TEXT, "\"Fuzz.\"", false))),
          Map.entry(
              "/lead",
              List.of(new Field("partner", Kind.SLUG, "\"politie-midden-nederland\"", true))),
          Map.entry(
              "/care",
              List.of(
                  new Field("kind", Kind.ENUM, "\"SHELTER\"", true),
                  new Field("start", Kind.DATE, "\"2026-11-01\"", true),
                  new Field("end", Kind.DATE, "\"2026-11-02\"", false),
                  new Field(
                      "outcome", Kind.TEXT, "\"Fuzz: mag nooit opgeslagen worden.\"", false))),
          Map.entry(
              "/referrals",
              List.of(
                  new Field("person", Kind.OBJECT, "{\"name\": \"Fuzz Persoon\"}", true),
                  new Field("reason", Kind.TEXT, "\"Fuzz: mag nooit opgeslagen worden.\"", true),
                  new Field("caseType", Kind.ENUM, "\"HUMAN_TRAFFICKING\"", false),
                  new Field("goal", Kind.TEXT, "\"Fuzz.\"", false),
                  new Field("partnersToInvite", Kind.TEXT, "\"Fuzz.\"", false))),
          Map.entry(
              "/signals",
              List.of(
                  new Field("source", Kind.ENUM, "\"MAILBOX\"", true),
                  new Field("reason", Kind.TEXT, "\"Fuzz: mag nooit opgeslagen worden.\"", true),
                  new Field("person", Kind.OBJECT, "{\"name\": \"Fuzz Persoon\"}", false),
                  new Field("caseType", Kind.ENUM, "\"HUMAN_TRAFFICKING\"", false))),
          Map.entry(
              "/triage/{referral}",
              List.of(
                  new Field("outcome", Kind.ENUM, "\"ADVICE_ONLY\"", true),
                  new Field("reason", Kind.TEXT, "\"Fuzz: mag nooit opgeslagen worden.\"", true),
                  new Field("lead", Kind.SLUG, "\"politie-midden-nederland\"", false),
                  new Field("invite", Kind.SLUGS, "[\"scharlaken-koord\"]", false),
                  new Field("exploitationForm", Kind.ENUM, "\"SEXUAL\"", false),
                  new Field("personInformed", Kind.BOOLEAN, "true", false))),
          Map.entry(
              "/merge",
              List.of(
                  new Field("into", Kind.NUMBER, "999998", true),
                  new Field("reason", Kind.TEXT, "\"Fuzz: nooit samengevoegd.\"", true))),
          Map.entry(
              "/cases/search",
              List.of(
                  new Field("query", Kind.QUERY, "\"fuzz\"", false),
                  new Field("first", Kind.NUMBER, "0", false),
                  new Field("size", Kind.NUMBER, "1", false))),
          Map.entry(
              "/information",
              List.of(
                  new Field("category", Kind.ENUM, "\"SOCIAL\"", true),
                  new Field("text", Kind.TEXT, "\"Fuzz: mag nooit opgeslagen worden.\"", true),
                  new Field("purpose", Kind.ENUM, "\"CASE_CONFERENCE\"", false))),
          Map.entry(
              "/participations",
              List.of(
                  new Field("partner", Kind.SLUG, "\"gemeente-hilversum\"", true),
                  new Field("until", Kind.INSTANT, "\"2027-01-01T00:00:00Z\"", false))),
          Map.entry(
              "/destruction-list/{list}/approval",
              List.of(new Field("confirm", Kind.BOOLEAN, "true", true))),
          Map.entry(
              "/break-glass",
              List.of(
                  new Field("reason", Kind.TEXT, "\"Fuzz: crisis buiten kantoortijd.\"", true))),
          Map.entry(
              "/conferences",
              List.of(
                  new Field("title", Kind.TEXT, "\"Fuzz: nooit gepland.\"", true),
                  new Field("start", Kind.WALL_CLOCK, "\"2027-03-02T10:00\"", true),
                  new Field("end", Kind.WALL_CLOCK, "\"2027-03-02T12:00\"", true),
                  new Field("place", Kind.TEXT, "\"Fuzz\"", false),
                  new Field("videoLink", Kind.TEXT, "\"https://meet.example/fuzz\"", false),
                  new Field("case", Kind.NUMBER, "999998", false))),
          // In the order the resource reads them: start and end first ({} names start).
          Map.entry(
              "/conference-series",
              List.of(
                  new Field("start", Kind.TIME, "\"10:00\"", true),
                  new Field("end", Kind.TIME, "\"12:00\"", true),
                  new Field("weekday", Kind.ENUM, "\"TUESDAY\"", true),
                  new Field("intervalWeeks", Kind.NUMBER, "2", false),
                  new Field("firstDay", Kind.DATE, "\"2027-01-05\"", true),
                  new Field("lastDay", Kind.DATE, "\"2027-06-29\"", false),
                  new Field("title", Kind.TEXT, "\"Fuzz: nooit gepland.\"", true),
                  new Field("place", Kind.TEXT, "\"Fuzz\"", false),
                  new Field("videoLink", Kind.TEXT, "\"https://meet.example/fuzz\"", false))),
          Map.entry(
              "/move",
              List.of(
                  new Field("start", Kind.WALL_CLOCK, "\"2027-03-02T13:00\"", true),
                  new Field("end", Kind.WALL_CLOCK, "\"2027-03-02T15:00\"", true))),
          Map.entry("/items", List.of(new Field("case", Kind.NUMBER, "999998", true))),
          Map.entry(
              "/attendance",
              List.of(
                  new Field("partner", Kind.SLUG, "\"politie-midden-nederland\"", true),
                  new Field("person", Kind.TEXT, "\"Fuzz\"", true),
                  new Field("presence", Kind.ENUM, "\"PRESENT\"", true))),
          Map.entry(
              "/invitations",
              List.of(new Field("partner", Kind.SLUG, "\"politie-midden-nederland\"", true))),
          // Not required: the resource falls back to -1 when left out and the service refuses it,
          // after the role and the item (so {} answers 404 for the fuzz's unknown item).
          Map.entry("/timebox", List.of(new Field("minutes", Kind.NUMBER, "20", false))),
          Map.entry("/position", List.of(new Field("position", Kind.NUMBER, "1", false))),
          Map.entry(
              "/minutes",
              List.of(
                  new Field("category", Kind.ENUM, "\"SOCIAL\"", true),
                  new Field("kind", Kind.ENUM, "\"DECISION\"", false),
                  new Field("text", Kind.TEXT, "\"Fuzz: mag nooit opgeslagen worden.\"", true))),
          // version as /timebox: the fallback -1 is refused after the lookup.
          Map.entry(
              "/minutes/{paragraph}",
              List.of(
                  new Field("version", Kind.NUMBER, "0", false),
                  new Field("text", Kind.TEXT, "\"Fuzz: mag nooit opgeslagen worden.\"", true))),
          Map.entry(
              "/agreements",
              List.of(
                  new Field("category", Kind.ENUM, "\"SOCIAL\"", true),
                  new Field("what", Kind.TEXT, "\"Fuzz: mag nooit opgeslagen worden.\"", true),
                  new Field("owner", Kind.SLUG, "\"politie-midden-nederland\"", true),
                  new Field("dueOn", Kind.DATE, "\"2099-12-31\"", true))),
          // Keeping a tenant (issue #15). Each valid body is refused after the role check (an
          // unknown
          // version, an organisation not in the tenant, a partner or tenant that exists), so a bad
          // value that gets through shows as a rule that does not name it, never as a write.
          Map.entry(
              "/covenant/versions/{version}",
              List.of(
                  new Field("title", Kind.TEXT, "\"Fuzz: nooit opgeslagen.\"", true),
                  new Field("retentionMonths", Kind.NUMBER, "24", false),
                  new Field("articles", Kind.OBJECT, "{\"art. 5\": \"Fuzz.\"}", true),
                  new Field("memberships", Kind.LIST, "[" + MEMBERSHIP + "]", false))),
          Map.entry(
              "/adoption", List.of(new Field("takesForce", Kind.DATE, "\"2099-01-01\"", true))),
          Map.entry(
              "/signatures",
              List.of(
                  new Field("partner", Kind.SLUG, "\"politie-midden-nederland\"", true),
                  new Field("signer", Kind.TEXT, "\"Fuzz\"", true),
                  new Field("signedOn", Kind.DATE, "\"2020-01-01\"", true))),
          Map.entry(
              "/people",
              List.of(
                  new Field("email", Kind.TEXT, "\"fuzz@fuzz.example\"", true),
                  new Field("firstName", Kind.TEXT, "\"Fuzz\"", true),
                  new Field("lastName", Kind.TEXT, "\"Persoon\"", true),
                  new Field("organisation", Kind.SLUG, "\"fuzz-nobody\"", true),
                  new Field("role", Kind.ENUM, "\"CASE_DIRECTOR\"", true))),
          Map.entry(
              "/partners",
              List.of(
                  new Field("id", Kind.SLUG, "\"politie-midden-nederland\"", true),
                  new Field("name", Kind.TEXT, "\"Fuzz\"", true),
                  new Field("kind", Kind.ENUM, "\"POLICE\"", true),
                  new Field("emailDomain", Kind.TEXT, "\"fuzz.example\"", false),
                  new Field("identityProvider", Kind.TEXT, "\"fuzz-idp\"", false),
                  // The police is no municipality: refused with the municipality named.
                  new Field("municipality", Kind.TEXT, "\"Fuzzstad\"", false),
                  new Field("crisisService", Kind.ENUM, "\"ADULT\"", false))),
          // In the order the resource reads them: the manager first ({} names it).
          Map.entry(
              "/platform/tenants",
              List.of(
                  new Field("manager", Kind.OBJECT, MANAGER, true),
                  new Field("id", Kind.SLUG, "\"zvh-gv\"", true),
                  new Field("name", Kind.TEXT, "\"Fuzz\"", true),
                  new Field("ownPartner", Kind.SLUG, "\"fuzz-nobody\"", true),
                  new Field("ownPartnerName", Kind.TEXT, "\"Fuzz\"", true),
                  new Field("municipalities", Kind.LIST, "[\"Fuzz\"]", true))),
          Map.entry(
              "/platform/tenants/{tenant}/status",
              List.of(new Field("status", Kind.ENUM, "\"ACTIVE\"", true))),
          // The mensenhandel line of work (issue #13), in the order the resources read them. A
          // review of a municipality outside the region is refused last, after the role check and
          // every other field's rule; a shift that ended in 2020, an office closing before it opens
          // and a crisis opening by the case director (no crisis service) are refused as well.
          Map.entry(
              "/advertisement-reviews",
              List.of(
                  new Field("website", Kind.TEXT, "\"fuzz.example\"", true),
                  new Field("reviewedOn", Kind.DATE, "\"2019-03-01\"", true),
                  new Field("ageBand", Kind.ENUM, "\"AGE_21_25\"", true),
                  new Field("gender", Kind.ENUM, "\"V\"", true),
                  new Field("indicators", Kind.LIST, "[\"LOW_PRICE\"]", false),
                  new Field("notes", Kind.TEXT, "\"Fuzz: mag nooit opgeslagen worden.\"", false),
                  new Field("verdict", Kind.ENUM, "\"NOT_RISKY\"", true),
                  new Field("municipality", Kind.TEXT, "\"Fuzzstad\"", false))),
          Map.entry(
              "/steps",
              List.of(
                  new Field("step", Kind.ENUM, "\"ENRICHED\"", true),
                  new Field("note", Kind.TEXT, "\"Fuzz: mag nooit opgeslagen worden.\"", false))),
          Map.entry(
              "/crisis-card",
              List.of(
                  new Field("safeContact", Kind.TEXT, "\"Fuzz\"", false),
                  new Field("risks", Kind.TEXT, "\"Fuzz\"", false),
                  new Field("language", Kind.TEXT, "\"Fuzz\"", false),
                  new Field("shelterArrangement", Kind.TEXT, "\"Fuzz\"", false))),
          // Refused after the case is known: Fuzzstad is no municipality of the region.
          Map.entry(
              "/trafficking",
              List.of(
                  new Field(
                      "victim",
                      Kind.OBJECT,
                      "{\"form\": \"SEXUAL\", \"municipality\": \"Fuzzstad\"}",
                      false),
                  new Field("justice", Kind.OBJECT, "{\"policeReport\": \"FILED\"}", false))),
          Map.entry(
              "/on-call",
              List.of(
                  new Field("duty", Kind.ENUM, "\"CASE_DIRECTOR\"", true),
                  new Field("person", Kind.TEXT, "\"Fuzz\"", true),
                  new Field("phone", Kind.TEXT, "\"0612345678\"", true),
                  new Field("startsAt", Kind.INSTANT, "\"2020-01-07T08:00:00Z\"", true),
                  new Field("endsAt", Kind.INSTANT, "\"2020-01-07T16:00:00Z\"", true))),
          Map.entry(
              "/office-hours",
              List.of(
                  new Field("opens", Kind.TIME, "\"17:00\"", true),
                  new Field("closes", Kind.TIME, "\"09:00\"", true))),
          Map.entry(
              "/crisis/openings",
              List.of(
                  new Field("reference", Kind.TEXT, "\"FUZZ-0000-000\"", true),
                  new Field("reason", Kind.TEXT, "\"Fuzz: crisis buiten kantoortijd.\"", true))),
          // Longer than "/status" (a case's), so it is the one chosen for an agreement.
          Map.entry(
              "/agreements/{agreement}/status",
              List.of(
                  new Field("status", Kind.ENUM, "\"NOT_POSSIBLE\"", true),
                  new Field("reason", Kind.TEXT, "\"Fuzz.\"", false))));

  private static final Set<Integer> JSON_400 = Set.of(400);

  /**
   * Bad values beyond a field's kind, by field name: texts one character longer than their rule
   * allows, and for nested bodies one thing wrong inside. The fields are those of issue #15's
   * bodies ("name" of a partner and of a region both allow 200 characters) and of an advertisement
   * review (issue #13).
   */
  private static final Map<String, List<Wrong>> EXTRA =
      Map.ofEntries(
          Map.entry(
              "email",
              List.of(
                  new Wrong("\"geen-adres\"", "email"),
                  new Wrong("\"fuzz@localhost\"", "email"),
                  new Wrong("\"" + "x".repeat(250) + "@fuzz.example\"", "email"))),
          Map.entry("firstName", List.of(new Wrong(longText(101), "firstName"))),
          Map.entry("lastName", List.of(new Wrong(longText(101), "lastName"))),
          Map.entry("name", List.of(new Wrong(longText(201), "name"))),
          Map.entry("ownPartnerName", List.of(new Wrong(longText(201), "ownPartnerName"))),
          // An advertisement review (issue #13): its rules after the role check, in their order.
          Map.entry("website", List.of(new Wrong(longText(101), "website"))),
          Map.entry("reviewedOn", List.of(new Wrong("\"2099-01-01\"", "reviewedOn"))),
          Map.entry("notes", List.of(new Wrong(longText(2001), "notes"))),
          Map.entry(
              "indicators",
              List.of(
                  new Wrong("[\"GOSSIP\"]", "indicators"),
                  new Wrong("[5]", "indicators"),
                  new Wrong("[" + "\"LOW_PRICE\", ".repeat(20) + "\"LOW_PRICE\"]", "indicators"))),
          Map.entry(
              "municipalities",
              List.of(
                  new Wrong("[]", "municipalities"),
                  new Wrong("[5]", "municipalities"),
                  new Wrong("[\"a\\u0000b\"]", "municipalities"),
                  new Wrong("[" + longText(101) + "]", "municipalities"))),
          Map.entry(
              "manager",
              List.of(
                  new Wrong(MANAGER.replace("fuzz@fuzz.example", "geen-adres"), "email"),
                  new Wrong(MANAGER.replace("}", ", \"catgory\": 1}"), "catgory"),
                  new Wrong(MANAGER.replace("\"Fuzz\"", "5"), "firstName"),
                  new Wrong(MANAGER.replace("\"Persoon\"", longText(101)), "lastName"))),
          Map.entry(
              "articles",
              List.of(
                  new Wrong("{\"art. 5\": 5}", "articles"),
                  new Wrong("{\"art. 5\": \"a\\u0000b\"}", "articles"),
                  new Wrong("{\"a\\u001bb\": \"Fuzz.\"}", "articles"))),
          Map.entry(
              "memberships",
              List.of(
                  new Wrong("[5]", null),
                  new Wrong("[" + MEMBERSHIP + ", " + MEMBERSHIP + "]", "memberships"),
                  new Wrong(
                      "[" + MEMBERSHIP.replace("politie-midden-nederland", "Politie") + "]",
                      "partner"),
                  new Wrong("[" + MEMBERSHIP.replace("\"CORE\"", "\"GOSSIP\"") + "]", "role"),
                  new Wrong("[" + MEMBERSHIP.replace("\"art. 5\",", "5,") + "]", "article"),
                  new Wrong(
                      "[" + MEMBERSHIP.replace("{\"partner", "{\"catgory\": 1, \"partner") + "]",
                      "catgory"),
                  new Wrong("[" + MEMBERSHIP.replace("[" + GRANT + "]", "5") + "]", "grants"),
                  new Wrong("[" + MEMBERSHIP.replace("\"SOCIAL\"", "\"GOSSIP\"") + "]", "category"),
                  new Wrong(
                      "[" + MEMBERSHIP.replace("\"RECEIVE\"", "\"SIDEWAYS\"") + "]", "direction"),
                  new Wrong(
                      "[" + MEMBERSHIP.replace("\"CASE_CONFERENCE\"", "\"GOSSIP\"") + "]",
                      "purpose"),
                  new Wrong(
                      "["
                          + MEMBERSHIP.replace(
                              "\"purpose\"", "\"necessityGround\": \"a\\u0000b\", \"purpose\"")
                          + "]",
                      "necessityGround"))));

  private static final List<String> NOT_STRINGS =
      List.of("5", "null", "true", "[]", "{}", "[\"x\"]");
  private static final List<String> CONTROLS =
      List.of("\"a\\u0000b\"", "\"\\u001b[31m\"", "\"a\\u0085b\"", "\"\\ud800\"");
  private static final Map<Kind, List<String>> WRONG =
      Map.ofEntries(
          Map.entry(Kind.TEXT, List.of()),
          Map.entry(Kind.QUERY, List.of("\"" + "x".repeat(201) + "\"")),
          Map.entry(Kind.SLUG, List.of("\"Politie\"", "\"\"", "\"" + "x".repeat(300) + "\"")),
          Map.entry(Kind.INSTANT, List.of("\"morgen\"", "\"2027-13-01T00:00:00Z\"", "\"\"")),
          Map.entry(Kind.ENUM, List.of("\"GOSSIP\"", "\"social\"", "\"\"")),
          Map.entry(Kind.DATE, List.of("\"morgen\"", "\"2027-13-01\"", "\"\"", "\"01-11-2026\"")),
          Map.entry(Kind.SLUGS, List.of()),
          Map.entry(Kind.OBJECT, List.of()),
          Map.entry(Kind.BOOLEAN, List.of()),
          Map.entry(
              Kind.WALL_CLOCK,
              List.of(
                  "\"morgen\"",
                  "\"2027-13-01T10:00\"",
                  "\"2027-03-02T10:00:00Z\"",
                  "\"2027-03-02\"",
                  "\"\"")),
          Map.entry(Kind.TIME, List.of("\"10 uur\"", "\"25:00\"", "\"\"")),
          Map.entry(
              Kind.NUMBER,
              List.of(
                  "\"abc\"",
                  "\"5\"",
                  "null",
                  "true",
                  "[]",
                  "{}",
                  "-1",
                  "1.5",
                  "-0.5",
                  "1e999",
                  "99999999999999999999")));

  private FuzzBodies() {}

  /** A valid body of the operation, for calls where something else is wrong. */
  static String base(FuzzOperation op) {
    return object(fields(op), "", "");
  }

  /** Every bad body for the operation at {@code path}, as {@code account}. */
  static List<FuzzCall> calls(FuzzOperation op, String account, String path) {
    List<Field> fields = fields(op);
    Calls calls = new Calls(op, account, path);
    String valid = object(fields, "", "");
    Field first = fields.get(0);
    FuzzJson.malformed(first.name(), valid)
        .forEach((what, body) -> calls.add(what, body, JSON_400, null));
    // Over the API's 64 KiB, under the transport's 4 MiB: the API's own 413 with its rule.
    String huge = object(fields, first.name(), "\"" + "x".repeat(2 << 20) + "\"");
    calls.add("2 MB", FuzzJson.utf8(huge), Set.of(413), null);
    calls.addText("as text/plain", valid, "text/plain", Set.of(415));
    calls.addText("as a form", "a=b", "application/x-www-form-urlencoded", Set.of(415));
    calls.addJson("unknown field", valid.replaceFirst("}$", ", \"catgory\": 1}"), "catgory");
    String twice = "{" + quoted(first.name()) + ": " + first.valid() + ", ";
    calls.addJson("field twice", valid.replaceFirst("^\\{", twice), first.name());
    fields.stream()
        .filter(Field::required)
        .findFirst()
        .ifPresent(required -> calls.addJson("{}", "{}", required.name()));
    for (Field field : fields) {
      for (String value : wrong(field.kind())) {
        String what = field.name() + "=" + FuzzInputs.cut(value);
        calls.addJson(what, object(fields, field.name(), value), field.name());
      }
      for (Wrong wrong : EXTRA.getOrDefault(field.name(), List.of())) {
        String what = field.name() + "=" + FuzzInputs.cut(wrong.value());
        calls.addJson(what, object(fields, field.name(), wrong.value()), wrong.named());
      }
    }
    return calls.list;
  }

  private static List<String> wrong(Kind kind) {
    if (kind == Kind.NUMBER) {
      return WRONG.get(kind);
    }
    if (kind == Kind.OBJECT) {
      return List.of("5", "null", "true", "[]", "\"x\"");
    }
    if (kind == Kind.LIST) {
      return List.of("5", "null", "true", "{}", "\"x\"");
    }
    if (kind == Kind.BOOLEAN) {
      return List.of("5", "null", "\"true\"", "[]", "{}");
    }
    if (kind == Kind.SLUGS) {
      return List.of("5", "null", "\"x\"", "{}", "[5]", "[\"Politie\"]", "[\"\"]");
    }
    List<String> values = new ArrayList<>(NOT_STRINGS);
    values.addAll(CONTROLS);
    values.addAll(WRONG.get(kind));
    return values;
  }

  /** The fields of the longest path ending that fits: "/status" of a case, not of an agreement. */
  private static List<Field> fields(FuzzOperation op) {
    return FIELDS.entrySet().stream()
        .filter(e -> op.path().endsWith(e.getKey()))
        .max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
        .map(Map.Entry::getValue)
        .orElseThrow(
            () ->
                new AssertionError(
                    op.label() + " takes a body the fuzz does not know: add its fields"));
  }

  /** The body with every field valid except {@code name}, which gets {@code value}. */
  private static String object(List<Field> fields, String name, String value) {
    return fields.stream()
        .map(f -> quoted(f.name()) + ": " + (f.name().equals(name) ? value : f.valid()))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /** A JSON string of {@code length} visible characters. */
  private static String longText(int length) {
    return "\"" + "x".repeat(length) + "\"";
  }

  private static String quoted(String name) {
    return "\"" + name + "\"";
  }

  /** The calls of one operation as they are made. */
  private static final class Calls {
    private final FuzzOperation op;
    private final String account;
    private final String path;
    private final List<FuzzCall> list = new ArrayList<>();

    Calls(FuzzOperation op, String account, String path) {
      this.op = op;
      this.account = account;
      this.path = path;
    }

    void add(String what, byte[] body, Set<Integer> statuses, String named) {
      add(what, body, "application/json", statuses, named);
    }

    void addJson(String what, String json, String named) {
      add(what, FuzzJson.utf8(json), JSON_400, named);
    }

    void addText(String what, String body, String contentType, Set<Integer> statuses) {
      add(what, FuzzJson.utf8(body), contentType, statuses, null);
    }

    private void add(
        String what, byte[] body, String contentType, Set<Integer> statuses, String named) {
      list.add(
          new FuzzCall(
              op.label() + " body " + what,
              op.method(),
              path,
              account,
              body,
              contentType,
              statuses,
              named));
    }
  }
}
