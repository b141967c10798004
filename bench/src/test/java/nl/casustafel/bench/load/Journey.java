package nl.casustafel.bench.load;

/**
 * One load journey: one request of one demo account, the same for both {@link Variant}s.
 *
 * @param id short name, used in file names and the report
 * @param title what the report calls it
 * @param account the demo account (password {@code demo}) whose token the request carries
 * @param kind a read or a save: the targets differ
 * @param ratioTarget whether the audited/baseline ratio targets of the case-file read apply
 * @param method {@code GET} or {@code POST}
 * @param path below the variant's prefix; {@code {feed}} is replaced by the next feed value
 * @param body the JSON body of a POST ({@code {feed}} replaced likewise), or null
 * @param feed the name of the value list that fills {@code {feed}}, or null
 * @param expectedStatus the HTTP status of a success
 * @param baseline whether the endpoint has a baseline variant ({@code BaselineRoute} serves the
 *     case endpoints and the auditor's query); without one only audited rounds are run
 */
public record Journey(
    String id,
    String title,
    String account,
    Kind kind,
    boolean ratioTarget,
    String method,
    String path,
    String body,
    String feed,
    int expectedStatus,
    boolean baseline) {

  /** Reads must answer within 100 ms at p95 under 50 connections; saves within 250 ms. */
  public enum Kind {
    READ,
    SAVE
  }

  private static final String PLACEHOLDER = "{feed}";

  /** The variants this journey runs: audited, and the baseline where the endpoint has one. */
  public java.util.List<Variant> variants() {
    return baseline
        ? java.util.List.of(Variant.AUDITED, Variant.BASELINE)
        : java.util.List.of(Variant.AUDITED);
  }

  /** The path of one request of the variant, with the feed value filled in. */
  public String pathFor(Variant variant, String feedValue) {
    return variant.prefix() + fill(path, feedValue);
  }

  /** The body of one request with the feed value filled in, or null for a GET. */
  public String bodyFor(String feedValue) {
    return body == null ? null : fill(body, feedValue);
  }

  /** The same journey with {@code size=20} in its query replaced (SQL statements per page size). */
  public Journey withPageSize(int size) {
    if (!path.contains("size=20")) {
      throw new IllegalStateException(id + " has no page size");
    }
    return new Journey(
        id + "-" + size,
        title + ", " + size + " rows",
        account,
        kind,
        ratioTarget,
        method,
        path.replace("size=20", "size=" + size),
        body,
        feed,
        expectedStatus,
        baseline);
  }

  private static String fill(String template, String feedValue) {
    if (!template.contains(PLACEHOLDER)) {
      return template;
    }
    if (feedValue == null) {
      throw new IllegalStateException("no value for " + PLACEHOLDER + " in " + template);
    }
    return template.replace(PLACEHOLDER, feedValue);
  }
}
