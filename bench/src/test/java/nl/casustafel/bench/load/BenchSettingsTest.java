package nl.casustafel.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchSettingsTest {

  @Test
  void theFullRunByDefault() {
    BenchSettings s = BenchSettings.from(name -> null);

    assertEquals(List.of(1, 10, 50), s.concurrencies());
    assertEquals(Journeys.ALL, s.journeys());
    assertEquals(10, s.roundSeconds());
    assertEquals(2, s.roundPairs());
    assertEquals("http://localhost:9080", s.appUrl());
    assertEquals(Path.of("target/bench"), s.output());
    assertNull(s.libertyPid());
  }

  @Test
  void theSmokeRunIsShort() {
    BenchSettings s = BenchSettings.from(Map.of("smoke", "true")::get);

    assertTrue(s.smoke());
    assertEquals(List.of(1, 10), s.concurrencies());
    assertEquals(List.of(Journeys.LIST, Journeys.CASE_FILE), s.journeys());
    assertEquals(3, s.roundSeconds());
  }

  @Test
  void namedSettingsWin() {
    BenchSettings s =
        BenchSettings.from(
            Map.of(
                    "roundSeconds", "5",
                    "concurrencies", "2, 4",
                    "journeys", "search,audit-subject",
                    "appUrl", "http://127.0.0.1:9081/",
                    "libertyPid", "4242")
                ::get);

    assertEquals(5, s.roundSeconds());
    assertEquals(List.of(2, 4), s.concurrencies());
    assertEquals(List.of(Journeys.SEARCH, Journeys.AUDIT_SUBJECT), s.journeys());
    assertEquals("http://127.0.0.1:9081", s.appUrl());
    assertEquals("4242", s.libertyPid());
  }

  @Test
  void anUnknownJourneyOrZeroSecondsIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> BenchSettings.from(Map.of("journeys", "x")::get));
    assertThrows(
        IllegalArgumentException.class, () -> BenchSettings.from(Map.of("roundSeconds", "0")::get));
  }

  @Test
  void environmentNamesAreUpperSnakeCase() {
    assertEquals("CASUSTAFEL_BENCH_ROUND_SECONDS", BenchSettings.envName("roundSeconds"));
    assertEquals("CASUSTAFEL_BENCH_SMOKE", BenchSettings.envName("smoke"));
  }
}
