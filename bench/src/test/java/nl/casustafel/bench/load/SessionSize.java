package nl.casustafel.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * What one signed-in user of the Faces UI costs Liberty's heap: the used heap after a full GC
 * before and after {@code users} users have each signed in and opened the case list and {@code
 * caseFiles} case files, divided by the users. The sessions stay alive (30 minutes), so the
 * difference is their HTTP sessions with the Faces views kept on the server
 * (STATE_SAVING_METHOD=server) plus Liberty's sign-in state for them. One user opens the same pages
 * before the first measurement, so caches (EclipseLink's, the views' compiled Facelets) are full in
 * both. The users' keep-alive connections to Liberty may still be open at the second measurement: a
 * few KiB each, counted in.
 *
 * @param users the signed-in users measured
 * @param pagesPerUser the Faces pages each opened (list + case files)
 * @param before used heap after GC before their sign-in
 * @param after used heap after GC with all of them signed in
 */
public record SessionSize(int users, int pagesPerUser, HeapUse before, HeapUse after) {

  /** Heap per signed-in user, KiB (may be slightly negative when the GC freed other garbage). */
  public double perUserKb() {
    return (after.usedKb() - before.usedKb()) / (double) users;
  }

  /**
   * Signs in {@code users} director sessions through Keycloak and opens their pages: the case list,
   * then {@code caseIds}. Null (with a message) when there is no Liberty process id to measure;
   * {@link IllegalStateException} when a sign-in or a page fails, so a smoke run that measured
   * nothing fails.
   */
  static SessionSize measure(BenchSettings settings, List<String> caseIds, int users) {
    if (settings.libertyPid() == null) {
      System.err.println("bench: Faces session size not measured (no Liberty process id)");
      return null;
    }
    List<String> pages = new ArrayList<>();
    pages.add("/cases.xhtml");
    caseIds.forEach(id -> pages.add("/case.xhtml?id=" + id));
    visit(settings.appUrl(), pages); // warms the caches
    HeapUse before = HeapProbe.measure(settings.libertyPid());
    HeapProbe.histogram(
        settings.libertyPid(), settings.output().resolve("histogram-before-sessions.txt"));
    for (int i = 0; i < users; i++) {
      visit(settings.appUrl(), pages);
    }
    HeapUse after = HeapProbe.measure(settings.libertyPid());
    HeapProbe.histogram(
        settings.libertyPid(), settings.output().resolve("histogram-with-sessions.txt"));
    return before == null || after == null
        ? null
        : new SessionSize(users, pages.size(), before, after);
  }

  private static void visit(String appUrl, List<String> pages) {
    UiUser user = new UiUser(appUrl);
    user.signIn(pages.get(0), Journeys.DIRECTOR, Journeys.DEMO_PASSWORD);
    pages.stream().skip(1).forEach(user::open);
  }
}
