package nl.casustafel.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoSettingsTest {

  private static final String REAL_KEY = "k3Qv9-a-real-key-of-at-least-32-bytes-long";
  private static final String SHORT_KEY = "only-31-bytes-long-key-00000000";

  private static Optional<String> key(String kind) {
    return switch (kind) {
      case "demo" -> Optional.of(DemoSettings.DEMO_PSEUDONYM_KEY);
      case "real" -> Optional.of(REAL_KEY);
      case "short" -> Optional.of(SHORT_KEY);
      default -> Optional.empty();
    };
  }

  /** Demo mode × key × demo data: the refused variables, in order ("-" for none). */
  @ParameterizedTest(name = "demo={0} key={1} demoData={2} -> {3}")
  @CsvSource({
    "true,  demo,  true,  -",
    "true,  demo,  false, -",
    "true,  real,  true,  -",
    "true,  real,  false, -",
    "true,  short, true,  -",
    "true,  short, false, -",
    "true,  none,  true,  -",
    "false, demo,  true,  CASUSTAFEL_DEMO_DATA CASUSTAFEL_AUDIT_PSEUDONYM_KEY",
    "false, demo,  false, CASUSTAFEL_AUDIT_PSEUDONYM_KEY",
    "false, real,  true,  CASUSTAFEL_DEMO_DATA",
    "false, real,  false, -",
    "false, short, true,  CASUSTAFEL_DEMO_DATA CASUSTAFEL_AUDIT_PSEUDONYM_KEY",
    "false, short, false, CASUSTAFEL_AUDIT_PSEUDONYM_KEY",
    "false, none,  false, CASUSTAFEL_AUDIT_PSEUDONYM_KEY",
  })
  void refusesDemoSettingsOnlyOutsideDemoMode(
      boolean demo, String keyKind, boolean demoData, String refused) {
    List<String> refusals =
        new DemoSettings(demo, demoData, key(keyKind), Optional.of("a-real-secret"), false)
            .refusals();
    List<String> expected = refused.equals("-") ? List.of() : List.of(refused.split(" "));
    assertEquals(
        expected, refusals.stream().map(r -> r.split(" ")[0]).toList(), refusals.toString());
  }

  @Test
  void theShortKeyOfTheTestsIsOneByteShort() {
    assertEquals(DemoSettings.MIN_KEY_BYTES - 1, SHORT_KEY.length());
  }

  @Test
  void aKeyIsMeasuredInBytesNotCharacters() {
    String sixteenCharsThirtyTwoBytes = "éééééééééééééééé";
    assertEquals(
        List.of(),
        new DemoSettings(
                false, false, Optional.of(sixteenCharsThirtyTwoBytes), Optional.empty(), false)
            .refusals());
  }

  @Test
  void refusesTheDemoOidcClientSecretOutsideDemoMode() {
    Optional<String> demoSecret = Optional.of(DemoSettings.DEMO_OIDC_CLIENT_SECRET);
    List<String> refusals =
        new DemoSettings(false, false, Optional.of(REAL_KEY), demoSecret, false).refusals();
    assertEquals(1, refusals.size());
    assertTrue(refusals.get(0).startsWith("CASUSTAFEL_OIDC_CLIENT_SECRET "), refusals.get(0));
    assertEquals(
        List.of(),
        new DemoSettings(true, false, Optional.of(REAL_KEY), demoSecret, false).refusals());
  }

  @Test
  void refusesTheBenchmarkBaselineOutsideDemoMode() {
    List<String> refusals =
        new DemoSettings(false, false, Optional.of(REAL_KEY), Optional.empty(), true).refusals();
    assertEquals(1, refusals.size());
    assertTrue(refusals.get(0).startsWith("CASUSTAFEL_BENCH_BASELINE "), refusals.get(0));
    assertEquals(
        List.of(),
        new DemoSettings(true, false, Optional.of(REAL_KEY), Optional.empty(), true).refusals());
  }

  @Test
  void theDemoKeyIsTheOneTheScriptPublishes() throws IOException {
    String script = Files.readString(Path.of("../casustafel"));
    assertTrue(script.contains(DemoSettings.DEMO_PSEUDONYM_KEY), "pseudonym key in ./casustafel");
    assertTrue(script.contains(DemoSettings.DEMO_OIDC_CLIENT_SECRET), "client secret");
  }
}
