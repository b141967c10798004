package nl.casustafel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.casustafel.it.Browser;
import nl.casustafel.it.BrowserTest;
import nl.casustafel.it.BusinessRows;
import nl.casustafel.it.CookieHttp;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every Faces form of the application from ONE list of pages ({@link #PAGES}; a new page is
 * one more line, and {@link #everyPageIsListed} fails until it is there). Each page is loaded as an
 * account that may use it; each of its forms is posted once per text field or select, per bad value
 * and per submit button, with that one field bad (issue #12, "Abuse"):
 *
 * <ul>
 *   <li>values that must be refused — control characters (NUL, ESC, C1), a select value that is no
 *       option — go with the page's valid {@link FormPage#fills} in the other fields, so that the
 *       bad field alone stands between the post and a save: the answer is the page again (200) with
 *       an error message;
 *   <li>values that are fine or that the transport or PrimeFaces mends — 100,000 characters (cut to
 *       the field's maxlength), invalid UTF-8 and a lone surrogate as percent-encodings (decoded to
 *       U+FFFD), a right-to-left override before a script — go with the other fields as the page
 *       rendered them (empty), so nothing can be saved: the answer is the page (200, the script
 *       escaped) or a redirect to a page of ours.
 * </ul>
 *
 * <p>Every answer: never a 5xx, a stack trace, a Java exception's name or the generic error page,
 * always Dutch. After the whole fuzz the business tables ({@link BusinessRows}) hold as many rows
 * as before, and the log holds no write in the fuzz's trace (all requests carry one {@code
 * traceparent}).
 *
 * <p>It can fail: without {@code CleanInputValidator} (web, a default validator) the case page's
 * "add" form with category SOCIAL stores "Fuzz\u0000nul" as case information of case 3 — the
 * domain's visible-text rule lets control characters inside a text pass — and the referral form
 * stores a referral whose address holds ESC; both change the row counts and log a CREATE.
 *
 * <p>Not fuzzed: the GCOS upload (a multipart form; GcosImportIT and GcosImportPageIT try bad
 * files), the triage decision form (it appears only after choosing a referral, and a decision that
 * slipped through would lock a demo referral that ReferralTriagePageIT uses), the municipal
 * liaison's hand-over form on /municipality.xhtml (its only field is a note, so any text that
 * passes — 100,000 characters cut to the maxlength — would enrich or forward a demo advertisement
 * review; and with a note and two buttons per review it would outgrow the bound), check boxes (any
 * value is "not ticked") and PrimeFaces' own widget state (listed in {@link #WIDGET_STATE}).
 */
class FormFuzzIT extends BrowserTest {

  /** Valid text for a required field next to the bad one. */
  private static final String VALID = "Fuzz: mag nooit opgeslagen worden.";

  /**
   * THE list of pages with forms: path, an account that may use the page's forms, and valid values
   * for required fields. Case 3 (MH-2026-003, only the ZVH's) because other tests assert the
   * information and participants of cases 1, 2, 4, 5 and 8.
   */
  static final List<FormPage> PAGES =
      List.of(
          new FormPage(
              "/case.xhtml?id=3",
              "regisseur.gv",
              Map.of(
                  "add:category_input", "SOCIAL",
                  "add:text", VALID,
                  "care:kind_input", "SHELTER",
                  "care:start", "2026-11-01")),
          new FormPage(
              "/referral.xhtml",
              "veiligthuis.gv",
              Map.of("referral:name", "Fuzz Persoon", "referral:reason", VALID)),
          new FormPage(
              "/triage.xhtml",
              "regisseur.gv",
              Map.of("signal:source_input", "MAILBOX", "signal:reason", VALID)),
          new FormPage("/audit.xhtml", "auditor.gv", Map.of()),
          new FormPage("/cases.xhtml", "manager.gv", Map.of()),
          new FormPage("/partners.xhtml", "manager.gv", Map.of()),
          new FormPage("/covenant.xhtml", "manager.gv", Map.of()),
          new FormPage("/person.xhtml?id=1", "manager.gv", Map.of()),
          new FormPage("/subject-access.xhtml", "manager.gv", Map.of()),
          new FormPage("/retention.xhtml", "manager.gv", Map.of()),
          new FormPage("/import.xhtml", "manager.gv", Map.of()),
          new FormPage("/conferences.xhtml", "manager.gv", Map.of()),
          // Scharlaken Koord owns no agreement: the page without a status to change (a fuzzed
          // status form could settle the demo's agreement 1, which other tests follow up).
          new FormPage("/agreements.xhtml", "scharlakenkoord", Map.of()),
          // Conference 3 (demo): nobody else uses it; the manager's forms move and cancel.
          new FormPage("/conference.xhtml?id=3", "manager.gv", Map.of()),
          new FormPage("/platform.xhtml", "beheer", Map.of()),
          new FormPage("/people.xhtml", "manager.gv", Map.of()),
          new FormPage("/covenant-versions.xhtml", "manager.gv", Map.of()),
          // The mensenhandel line of work (issue #13). The report's buttons download only for a
          // valid choice; a review needs its website, age band and verdict next to the bad field.
          new FormPage("/report.xhtml", "manager.gv", Map.of()),
          new FormPage(
              "/municipality.xhtml", "gemeente.hilversum", Map.of(), Set.of("handed-form")),
          new FormPage(
              "/advertisements.xhtml",
              "regisseur.gv",
              Map.of(
                  "review:website", "fuzz.example",
                  "review:ageBand", "AGE_21_25",
                  "review:verdict", "NOT_RISKY")),
          // No shift starts and ends as rendered, so none is added; the card's form appears only
          // after a card is opened.
          new FormPage("/crisis.xhtml", "regisseur.gv", Map.of()),
          // Case 3 again: the form shows its details, so a post with one bad field saves nothing.
          new FormPage("/trafficking.xhtml?id=3", "regisseur.gv", Map.of()));

  /** Pages without a form to fuzz, and why. */
  private static final Map<String, String> NOT_FUZZED =
      Map.of(
          "error.xhtml", "no form of its own",
          "database-unavailable.xhtml", "no form of its own",
          "sign-in-unavailable.xhtml", "shown before sign-in, no form of its own",
          "choose-tenant.xhtml", "one button per tenant, no field");

  /**
   * Fields a browser sends that Faces components do not validate: PrimeFaces' focus inputs of
   * menus, paginator and column filter state (read only by their ajax requests).
   */
  private static final Pattern WIDGET_STATE =
      Pattern.compile(".*(_focus|_rppDD|_editableInput|_selection|_scrollState|:filter)$");

  private static final Pattern LEAK =
      Pattern.compile(
          "(?:java|jakarta|javax|org|com|nl)\\.[\\w.$]+(?:Exception|Error)\\b"
              + "|Caused by:|\\bat (?:java|jakarta|org|com|nl)\\.[\\w.$]+\\(|SRVE\\d|CWWK");

  private static final String SCRIPT = "<script>formFuzz()</script>";
  private static final String ERROR_PAGE = "Er ging iets mis";
  private static final int MAX_REQUESTS = 1500;

  private record Bad(String label, String value, boolean raw, boolean refused) {}

  private static final List<Bad> TEXT_VALUES =
      List.of(
          new Bad("NUL", "Fuzz\u0000nul", false, true),
          new Bad("ESC", "\u001b[31mFuzz", false, true),
          new Bad("C1 NEL", "Fuzz\u0085regel", false, true),
          // PrimeFaces cuts a text field's submitted value to its maxlength while decoding, as a
          // browser does before sending: so a forged 100,000 characters is no refusal but a cut
          // value, posted with the other fields empty (nothing can be saved). Plain h:inputText
          // fields are refused by CleanInputValidator's maxlength (CleanInputValidatorTest).
          new Bad("100,000 characters", "x".repeat(100_000), false, false),
          new Bad("invalid UTF-8", "Fuzz%C3%28", true, false),
          new Bad("lone surrogate", "Fuzz%ED%A0%80", true, false),
          new Bad("RLO and script", "\u202E" + SCRIPT, false, false));

  private static final List<Bad> SELECT_VALUES =
      List.of(
          new Bad("unknown option", "FUZZ_UNKNOWN", false, true),
          new Bad("ESC option", "\u001b[31m", false, true));

  private final List<String> failures = new ArrayList<>();
  private int posts;

  @Test
  void everyPageIsListed() throws IOException {
    Set<String> listed = new TreeSet<>(NOT_FUZZED.keySet());
    PAGES.forEach(p -> listed.add(p.path().substring(1).replaceFirst("\\?.*", "")));
    Set<String> pages = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("../web/src/main/webapp"))) {
      files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".xhtml"))
          .forEach(pages::add);
    }
    assertEquals(pages, listed, "add the new page to FormFuzzIT.PAGES (or NOT_FUZZED, with why)");
  }

  @Test
  void everyFormRefusesBadInputWithItsMessageAndStoresNothing() throws Exception {
    String trace = HexFormat.of().formatHex(randomBytes(16));
    Map<String, Long> before = BusinessRows.counts();
    int requests = 0;
    Map<String, FormHttp> sessions = new LinkedHashMap<>();
    for (FormPage page : PAGES) {
      FormHttp http = sessions.computeIfAbsent(page.account(), a -> signIn(page, trace));
      fuzz(page, http);
    }
    for (FormHttp http : sessions.values()) {
      requests += http.requests();
    }
    Map<String, Long> after = BusinessRows.counts();
    if (!before.equals(after)) {
      failures.add("rows before " + before + ", after " + after + ": a refused form stored");
    }
    BusinessRows.writesLogged(trace)
        .forEach(w -> failures.add("the log holds a write of the fuzz: " + w));
    assertTrue(posts >= 100, posts + " posts: the pages lost their forms, or the parser broke");
    assertTrue(requests < MAX_REQUESTS, requests + " requests: keep the fuzz bounded");
    assertEquals(
        List.of(),
        failures.subList(0, Math.min(failures.size(), 60)),
        failures.size() + " of " + posts + " bad posts were answered wrongly");
  }

  /** A session of the page's account: signed in by a browser, then plain HTTP with its cookies. */
  private static FormHttp signIn(FormPage page, String trace) {
    try (Browser signIn = new Browser()) {
      signIn.openAs(page.path(), page.account());
      String cookies = CookieHttp.cookies(signIn.driver(), CookieHttp.SESSION, CookieHttp.SIGN_IN);
      return new FormHttp(cookies, trace);
    } catch (IOException e) {
      throw new IllegalStateException("no browser to sign in " + page.account(), e);
    }
  }

  private void fuzz(FormPage page, FormHttp http) throws IOException {
    HttpResponse<String> loaded = http.get(page.path());
    if (loaded.statusCode() != 200) {
      failures.add(page + ": GET answered " + loaded.statusCode());
      return;
    }
    for (PageForm form : PageForm.all(loaded.body())) {
      if (form.multipart() || form.buttons().isEmpty() || page.skipped().contains(form.id())) {
        continue; // An upload, a form nothing can submit (the header's links), or one skipped.
      }
      for (String field : form.texts()) {
        fuzzField(page, http, form, field, TEXT_VALUES);
      }
      for (String field : form.selects()) {
        fuzzField(page, http, form, field, SELECT_VALUES);
      }
    }
  }

  private void fuzzField(FormPage page, FormHttp http, PageForm form, String field, List<Bad> bad)
      throws IOException {
    if (WIDGET_STATE.matcher(field).matches() || !field.startsWith(form.id() + ":")) {
      return;
    }
    for (Bad value : bad) {
      for (String button : form.buttons()) {
        post(page, http, form.id(), field, value, button);
      }
    }
  }

  /** The form as a fresh load of the page renders it (a new view: no state of a former post). */
  private Optional<Loaded> formOf(FormPage page, FormHttp http, String formId) throws IOException {
    HttpResponse<String> loaded = http.get(page.path());
    Optional<PageForm> form =
        PageForm.all(loaded.body()).stream().filter(f -> formId.equals(f.id())).findFirst();
    if (form.isEmpty()) {
      failures.add(
          page + ": form " + formId + " is gone after a reload (" + loaded.statusCode() + ")");
    }
    return form.map(f -> new Loaded(f, CookieHttp.nonce(loaded)));
  }

  private record Loaded(PageForm form, String nonce) {}

  private void post(
      FormPage page, FormHttp http, String formId, String field, Bad bad, String button)
      throws IOException {
    Optional<Loaded> loaded = formOf(page, http, formId);
    if (loaded.isEmpty()) {
      return;
    }
    PageForm form = loaded.get().form();
    Map<String, String> fields = new LinkedHashMap<>(form.values());
    if (bad.refused()) {
      page.fills().forEach((name, value) -> fields.computeIfPresent(name, (n, v) -> value));
    }
    fields.put(field, bad.value());
    fields.putIfAbsent(formId + "_SUBMIT", "1"); // MyFaces decodes a form only with it
    fields.put(button, button);
    fields.put("primefaces.nonce", loaded.get().nonce());
    String action = form.action() == null || form.action().isEmpty() ? page.path() : form.action();
    posts++;
    String wrong;
    try {
      HttpResponse<String> answer = http.post(action, fields, bad.raw() ? Set.of(field) : Set.of());
      wrong = FormAnswer.check(answer, bad.refused(), bad.raw(), SCRIPT, ERROR_PAGE, LEAK);
    } catch (IOException e) {
      wrong = "no answer (" + e + ")";
    }
    if (wrong != null) {
      failures.add(page.path() + " " + field + "=" + bad.label() + " via " + button + ": " + wrong);
    }
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }
}
