package nl.casustafel.casefile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.casustafel.it.ApiTest;

/**
 * What the data-sharing log must hold for one cell of the access matrix, looked up by the cell's
 * own trace id: one event per data subject for every disclosure, a DENY event for every refusal on
 * a case of the caller's tenant, each with the required fields filled.
 */
final class MatrixAudit {

  /** The tenants each demo account works in (the realm's groups). */
  private static final Map<String, Set<String>> TENANTS =
      Map.of(
          "politie.mnl", Set.of("zvh-gv", "zvh-flevoland"),
          "manager.flevo", Set.of("zvh-flevoland"),
          "beheer", Set.of());

  private record Event(
      String action,
      String decision,
      String subject,
      String basis,
      Long caseId,
      String categories,
      String reason,
      String purpose) {

    /** The (case, referral or person, category) pairs this event says were disclosed. */
    Set<String> disclosed() {
      Set<String> pairs = new TreeSet<>();
      boolean disclosure = action.equals("READ") || action.equals("SEARCH");
      String about =
          caseId != null
              ? String.valueOf(caseId)
              : reason != null && (reason.startsWith("referral=") || reason.startsWith("person="))
                  ? reason.split(" ")[0]
                  : null;
      if (disclosure && "PERMIT".equals(decision) && about != null && categories != null) {
        for (String category : categories.split(",")) {
          pairs.add(about + ":" + category);
        }
      }
      return pairs;
    }
  }

  private MatrixAudit() {}

  /**
   * What is wrong with the log for this cell, or null. First the property that holds for every
   * cell: the (data subject, category) pairs visible in the response — a case stands for its one
   * client — equal the pairs the PERMIT events of its trace name. Then the events each kind of
   * answer must have.
   */
  static String check(
      MatrixTable.Row row, MatrixCall call, String trace, String observed, String body)
      throws SQLException {
    List<Event> events = events(trace);
    Set<String> visible = Disclosures.in(body, call.caseOfPath());
    Set<String> logged = new TreeSet<>();
    events.forEach(e -> logged.addAll(e.disclosed()));
    if (!visible.equals(logged)) {
      return "disclosed " + visible + " but logged " + logged;
    }
    // A refusal about a case id that does not exist in the tenant names no one: there is no one.
    if (events.stream()
        .anyMatch(
            e -> e.caseId() != null && e.subject() == null && !"CASE_UNKNOWN".equals(e.reason()))) {
      return "an event about a case names no data subject: " + events;
    }
    String endpoint = row.endpoint();
    String status = observed.split(":")[0];
    boolean member = TENANTS.getOrDefault(row.account(), Set.of("zvh-gv")).contains(call.tenant());
    boolean caseRead =
        endpoint.endsWith("/cases/{id}")
            || endpoint.startsWith("GET ") && endpoint.endsWith("/crisis-card")
            || endpoint.startsWith("GET ") && endpoint.endsWith("/trafficking");
    if (caseRead && status.equals("200")) {
      Set<String> subjects = new HashSet<>();
      events.forEach(e -> subjects.add(e.subject()));
      boolean redacted = observed.contains(":");
      long reads = events.stream().filter(e -> e.action().equals("READ")).count();
      long denies = events.stream().filter(e -> e.action().equals("DENY")).count();
      boolean fine =
          subjects.size() == 1
              && !subjects.contains(null)
              && reads == (observed.equals("200:ALL") ? 0 : 1)
              && denies == (redacted ? 1 : 0)
              && events.stream()
                  .filter(e -> e.action().equals("READ"))
                  .allMatch(e -> e.basis() != null);
      return fine ? null : "case file read logged as " + events;
    }
    if ((endpoint.endsWith("/cases") || endpoint.endsWith("/search")) && status.startsWith("{")) {
      int listed = MatrixCall.listed(observed);
      long total = Disclosures.total(body);
      List<Event> searches = events.stream().filter(e -> e.subject() == null).toList();
      boolean fine =
          events.size() == listed + 1
              && events.stream().allMatch(e -> e.action().equals("SEARCH"))
              && searches.size() == 1
              && searches.get(0).reason().startsWith("hits=" + total);
      return fine ? null : listed + " listed of " + total + ", logged as " + events;
    }
    if (endpoint.endsWith("/access-report")) {
      return accessReport(events, status, member);
    }
    if (endpoint.contains("/reports/")) {
      return reported(events, status, member);
    }
    if (endpoint.contains("/advertisement-reviews")) {
      return reviewed(events, status, member);
    }
    if (endpoint.endsWith(".pdf") && status.equals("200")) {
      return printed(events);
    }
    if (keepsTenant(endpoint)) {
      return administration(events, status, member);
    }
    boolean onCase = endpoint.contains("/cases/{id}");
    if (onCase && member && (status.equals("404") || status.equals("403"))) {
      boolean fine = events.size() == 1 && events.get(0).decision().equals("DENY");
      return fine ? null : "refusal logged as " + events;
    }
    if ((endpoint.endsWith("/information") || endpoint.endsWith("/care")) && status.equals("201")) {
      boolean fine = events.size() == 1 && events.get(0).action().equals("CREATE");
      return fine ? null : "creation logged as " + events;
    }
    return null;
  }

  /**
   * The endpoints of issue #15 that keep a tenant's set-up, and the on-call rota and office hours
   * of issue #13: never any personal data.
   */
  private static boolean keepsTenant(String endpoint) {
    return endpoint.contains("/covenant/versions")
        || endpoint.contains("/people")
        || endpoint.contains("/platform/")
        || endpoint.contains("/crisis/on-call")
        || endpoint.contains("/crisis/office-hours")
        || endpoint.startsWith("POST ") && endpoint.endsWith("/partners");
  }

  /**
   * Keeping a tenant discloses nothing: no event at all, except one DENY for a refusal in the
   * caller's own tenant and one CONFIGURE for a change made (201), both for the purpose
   * ADMINISTRATION. A refusal of the platform admin's endpoints names no tenant, so no chain holds
   * it; a 400 or 409 after the role check rolled its change back, its record with it.
   */
  private static String administration(List<Event> events, String status, boolean member) {
    boolean refused = member && status.equals("403");
    boolean changed = status.equals("201");
    String action = refused ? "DENY" : "CONFIGURE";
    String decision = refused ? "DENY" : "PERMIT";
    boolean fine =
        events.size() == (refused || changed ? 1 : 0)
            && events.stream()
                .allMatch(
                    e ->
                        e.action().equals(action)
                            && e.decision().equals(decision)
                            && "ADMINISTRATION".equals(e.purpose())
                            && e.subject() == null
                            && e.caseId() == null);
    return fine ? null : "keeping the tenant (" + status + ") logged as " + events;
  }

  /**
   * The progress report and its exports (issue #13) are counts, never a person: exactly one READ
   * (the JSON) or EXPORT (a file) for a 200, one DENY for a refusal in the caller's own tenant,
   * both for the purpose REPORTING and about no case or data subject; nothing for anything else.
   */
  private static String reported(List<Event> events, String status, boolean member) {
    boolean refused = member && status.equals("403");
    boolean shown = status.equals("200");
    if (shown && events.stream().anyMatch(e -> e.subject() != null)) {
      // The CoMensha export: its one summary event, and one EXPORT per victim exported.
      events =
          events.stream()
              .filter(
                  e ->
                      e.subject() == null
                          || !(e.action().equals("EXPORT")
                              && e.subject().startsWith("ps-")
                              && e.caseId() != null
                              && "REPORTING".equals(e.purpose())))
              .toList();
    }
    boolean fine =
        events.size() == (refused || shown ? 1 : 0)
            && events.stream()
                .allMatch(
                    e ->
                        (refused
                                ? e.action().equals("DENY") && e.decision().equals("DENY")
                                : Set.of("READ", "EXPORT").contains(e.action())
                                    && e.decision().equals("PERMIT"))
                            && "REPORTING".equals(e.purpose())
                            && e.subject() == null
                            && e.caseId() == null);
    return fine ? null : "the report (" + status + ") logged as " + events;
  }

  /**
   * Advertisement reviews (issue #13) name an advertisement, never a person: one DENY for a refusal
   * in the caller's own tenant (403, or 404 for a review that is not the caller's to know); nothing
   * for a request refused after the role check (400, 409: nothing recorded or handed over); no
   * write for a list.
   */
  private static String reviewed(List<Event> events, String status, boolean member) {
    boolean refused = member && (status.equals("403") || status.equals("404"));
    boolean fine;
    if (refused) {
      fine =
          events.size() == 1
              && events.get(0).action().equals("DENY")
              && events.get(0).subject() == null
              && events.get(0).caseId() == null;
    } else if (status.equals("200")) {
      fine = events.stream().noneMatch(e -> Set.of("CREATE", "SHARE").contains(e.action()));
    } else {
      fine = events.isEmpty();
    }
    return fine ? null : "the advertisement reviews (" + status + ") logged as " + events;
  }

  /**
   * The access report is a PDF, in which {@link Disclosures} sees nothing, and its EXPORT is no
   * READ or SEARCH, so the equality above holds trivially; what it must log instead: exactly one
   * EXPORT about the person for a 200, one DENY for a refusal in the caller's own tenant.
   */
  private static String accessReport(List<Event> events, String status, boolean member) {
    if (status.equals("200")) {
      boolean fine =
          events.size() == 1
              && events.get(0).action().equals("EXPORT")
              && events.get(0).decision().equals("PERMIT")
              && events.get(0).subject() != null
              && events.get(0).subject().startsWith("ps-")
              && events.get(0).categories() != null;
      return fine ? null : "access report logged as " + events;
    }
    if (member && (status.equals("403") || status.equals("404"))) {
      boolean fine = events.size() == 1 && events.get(0).decision().equals("DENY");
      return fine ? null : "refused access report logged as " + events;
    }
    return null;
  }

  /**
   * A printed agenda or minutes (a PDF, in which {@link Disclosures} sees nothing): one PRINT per
   * case printed with its data subject and legal basis, a DENY per case for what was withheld.
   */
  private static String printed(List<Event> events) {
    boolean fine =
        events.stream()
            .allMatch(
                e ->
                    e.subject() != null
                        && e.caseId() != null
                        && (e.action().equals("PRINT") && e.basis() != null
                            || e.action().equals("DENY")));
    return fine ? null : "printout logged as " + events;
  }

  private static List<Event> events(String trace) throws SQLException {
    try (Connection db = ApiTest.database();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT action, decision, subject_ref, legal_basis, actor_username, purpose,"
                    + " origin_ip, case_id, categories, reason FROM audit_event"
                    + " WHERE trace_id = ? AND action <> 'AUDIT_QUERY' ORDER BY seq")) {
      s.setString(1, trace);
      List<Event> events = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (r.getString(5) == null || r.getString(6) == null || r.getString(7) == null) {
            events.add(new Event("INCOMPLETE", "", null, null, null, null, null, null));
          } else {
            long id = r.getLong(8);
            Long caseId = r.wasNull() ? null : id;
            events.add(
                new Event(
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    caseId,
                    r.getString(9),
                    r.getString(10),
                    r.getString(6)));
          }
        }
      }
      return events;
    }
  }
}
