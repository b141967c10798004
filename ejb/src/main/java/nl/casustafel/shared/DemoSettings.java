package nl.casustafel.shared;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The settings that only a demo may run with, and the rule that refuses them anywhere else. Pure,
 * so the rule is unit-tested; {@link DemoModeGuard} applies it when the application starts.
 *
 * <p>Why (issue #9, item 7): the demo data's scripts delete the cases and clients with ids 1–8 of
 * every tenant, and the demo values of the secrets are published in the {@code casustafel} script
 * and the README. A pseudonym key that anyone knows makes the log's pseudonyms reversible, because
 * client ids are sequential; the demo OIDC client secret lets anyone act as the web client.
 *
 * @param demo {@code casustafel.demo} ({@code CASUSTAFEL_DEMO}): the embedded local stack and the
 *     tests only
 * @param demoData {@code casustafel.demo-data} ({@code CASUSTAFEL_DEMO_DATA})
 * @param pseudonymKey {@code casustafel.audit.pseudonym-key}, empty when not set
 * @param oidcClientSecret {@code casustafel.oidc.client-secret}, empty when not set
 * @param benchBaseline {@code casustafel.bench.baseline} ({@code CASUSTAFEL_BENCH_BASELINE}): the
 *     benchmark's unchecked baseline endpoints (issue #14), for {@code ./casustafel bench} only
 */
public record DemoSettings(
    boolean demo,
    boolean demoData,
    Optional<String> pseudonymKey,
    Optional<String> oidcClientSecret,
    boolean benchBaseline) {

  /** The pseudonym key that {@code ./casustafel} sets for the demo (published). */
  public static final String DEMO_PSEUDONYM_KEY =
      "casustafel-demo-pseudonym-key-not-for-production";

  /** The OIDC client secret of the demo realm and of {@code ./casustafel} (published). */
  public static final String DEMO_OIDC_CLIENT_SECRET = "casustafel-demo-secret";

  /** Bytes (UTF-8) a real pseudonym key needs at least: the output size of HMAC-SHA256. */
  public static final int MIN_KEY_BYTES = 32;

  /**
   * What a start must refuse, each naming the environment variable to fix; empty in demo mode and
   * when nothing of the demo is configured.
   */
  public List<String> refusals() {
    List<String> refusals = new ArrayList<>();
    if (demo) {
      return refusals;
    }
    if (demoData) {
      refusals.add(
          "CASUSTAFEL_DEMO_DATA is true: the demo data deletes cases and clients 1-8 of every"
              + " tenant (set it to false, or CASUSTAFEL_DEMO=true for a demo)");
    }
    String key = pseudonymKey.orElse("");
    if (key.equals(DEMO_PSEUDONYM_KEY)) {
      refusals.add("CASUSTAFEL_AUDIT_PSEUDONYM_KEY is the published demo key");
    } else if (key.getBytes(StandardCharsets.UTF_8).length < MIN_KEY_BYTES) {
      refusals.add(
          "CASUSTAFEL_AUDIT_PSEUDONYM_KEY is not set or shorter than " + MIN_KEY_BYTES + " bytes");
    }
    if (oidcClientSecret.filter(DEMO_OIDC_CLIENT_SECRET::equals).isPresent()) {
      refusals.add("CASUSTAFEL_OIDC_CLIENT_SECRET is the published demo secret");
    }
    if (benchBaseline) {
      refusals.add(
          "CASUSTAFEL_BENCH_BASELINE is true: the benchmark's baseline serves cases without the"
              + " decision point and the log (only ./casustafel bench sets it, in demo mode)");
    }
    return refusals;
  }
}
