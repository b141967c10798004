package nl.casustafel.bench.load;

import java.util.List;
import java.util.Optional;

/**
 * The journeys of {@code ./casustafel bench} on the demo tenant {@code zvh-gv}, with the demo
 * accounts of keycloak-realm/src/main/keycloak-demo. The feeds are filled once at setup by {@link
 * Feeds}: the case ids each account may see, the cases the director may add to, the conferences of
 * the director's calendar, and pseudonyms of data subjects from the log.
 */
public final class Journeys {

  public static final String TENANT = "/tenants/zvh-gv";
  public static final String DIRECTOR = "regisseur.gv";
  public static final String VEILIG_THUIS = "veiligthuis.gv";
  public static final String AUDITOR = "auditor.gv";

  /** The demo accounts' password (demo credentials of the local stack). */
  public static final String DEMO_PASSWORD = "demo";

  public static final String DIRECTOR_CASES = "director-cases";
  public static final String VEILIG_THUIS_CASES = "veiligthuis-cases";
  public static final String DIRECTOR_WRITABLE = "director-writable";
  public static final String SUBJECTS = "subjects";
  public static final String CONFERENCES = "conferences";

  public static final Journey LIST =
      read(
          "list", "Case list (director, 20 rows)", DIRECTOR, false, "/cases?first=0&size=20", null);
  public static final Journey CASE_FILE =
      read("case-file", "Case file (director)", DIRECTOR, true, "/cases/{feed}", DIRECTOR_CASES);
  public static final Journey CASE_FILE_REDACTED =
      read(
          "case-file-vt",
          "Case file with redactions (Veilig Thuis)",
          VEILIG_THUIS,
          true,
          "/cases/{feed}",
          VEILIG_THUIS_CASES);
  public static final Journey SEARCH =
      new Journey(
          "search",
          "Search \"jan\" (director)",
          DIRECTOR,
          Journey.Kind.READ,
          false,
          "POST",
          TENANT + "/cases/search",
          "{\"query\":\"jan\",\"first\":0,\"size\":20}",
          null,
          200,
          true);
  public static final Journey ADD_INFORMATION =
      new Journey(
          "add-information",
          "Add information (director, a save)",
          DIRECTOR,
          Journey.Kind.SAVE,
          false,
          "POST",
          TENANT + "/cases/{feed}/information",
          "{\"category\":\"SOCIAL\",\"text\":\"Benchmark: contact met de school gehad.\"}",
          DIRECTOR_WRITABLE,
          201,
          true);
  public static final Journey AUDIT_SUBJECT =
      read(
          "audit-subject",
          "Log per subject (auditor)",
          AUDITOR,
          false,
          "/audit/events?subject={feed}",
          SUBJECTS);

  /** The referrals waiting for triage (director); no baseline variant. */
  public static final Journey TRIAGE =
      auditedOnly("triage", "Triage queue (director)", "/triage", null);

  /** One conference with its agenda (director); no baseline variant. */
  public static final Journey AGENDA =
      auditedOnly("agenda", "Conference agenda (director)", "/conferences/{feed}", CONFERENCES);

  /** The progress report with every figure exact (the ZVH's staff); no baseline variant. */
  public static final Journey REPORT =
      auditedOnly("report", "Progress report (director)", "/reports/progress", null);

  /** Every journey, in the report's order. */
  public static final List<Journey> ALL =
      List.of(
          LIST,
          CASE_FILE,
          CASE_FILE_REDACTED,
          SEARCH,
          ADD_INFORMATION,
          AUDIT_SUBJECT,
          TRIAGE,
          AGENDA,
          REPORT);

  /** The journeys of {@code --smoke} (CI): the case file and the list. */
  public static final List<Journey> SMOKE = List.of(LIST, CASE_FILE);

  private Journeys() {}

  public static Optional<Journey> byId(String id) {
    return ALL.stream().filter(j -> j.id().equals(id)).findFirst();
  }

  private static Journey read(
      String id, String title, String account, boolean ratio, String path, String feed) {
    return new Journey(
        id, title, account, Journey.Kind.READ, ratio, "GET", TENANT + path, null, feed, 200, true);
  }

  private static Journey auditedOnly(String id, String title, String path, String feed) {
    return new Journey(
        id,
        title,
        DIRECTOR,
        Journey.Kind.READ,
        false,
        "GET",
        TENANT + path,
        null,
        feed,
        200,
        false);
  }
}
