package nl.casustafel.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TargetsTest {

  private static Measurement m(double p95, double throughput, long errors) {
    return new Measurement(100, errors, p95 / 2, p95, p95 * 1.5, throughput);
  }

  @Test
  void theCaseFileKeepingEightyPercentAndThirtyPercentPasses() {
    Targets.Verdict v = Targets.judge(Journeys.CASE_FILE, 10, m(39, 240, 0), m(30, 300, 0));

    assertTrue(v.applies());
    assertTrue(v.pass(), v.text());
    assertEquals("PASS", v.text());
  }

  @Test
  void theCaseFileBelowEightyPercentMissesAndSaysWhy() {
    Targets.Verdict v = Targets.judge(Journeys.CASE_FILE, 10, m(30, 210, 0), m(30, 300, 0));

    assertFalse(v.pass());
    assertEquals("MISS: throughput 0.70× < 0.8×", v.text());
  }

  @Test
  void aP95AboveOnePointThreeTimesTheBaselineMisses() {
    Targets.Verdict v =
        Targets.judge(Journeys.CASE_FILE_REDACTED, 50, m(40, 300, 0), m(30, 300, 0));

    assertFalse(v.pass());
    assertTrue(v.text().contains("p95 1.33× > 1.3×"), v.text());
  }

  @Test
  void atFiftyReadsMustStayWithinAHundredMilliseconds() {
    assertFalse(Targets.judge(Journeys.LIST, 50, m(101, 300, 0), m(101, 300, 0)).pass());
    assertTrue(Targets.judge(Journeys.LIST, 50, m(100, 300, 0), m(100, 300, 0)).pass());
  }

  @Test
  void savesHaveTwoHundredFiftyMilliseconds() {
    assertTrue(Targets.judge(Journeys.ADD_INFORMATION, 50, m(250, 90, 0), m(10, 900, 0)).pass());
    assertFalse(Targets.judge(Journeys.ADD_INFORMATION, 50, m(251, 90, 0), m(10, 900, 0)).pass());
  }

  @Test
  void anErrorAtFiftyMisses() {
    Targets.Verdict v = Targets.judge(Journeys.SEARCH, 50, m(20, 300, 1), m(20, 300, 0));

    assertEquals("MISS: 1 errors", v.text());
  }

  @Test
  void atOneConnectionNoTargetApplies() {
    Targets.Verdict v = Targets.judge(Journeys.CASE_FILE, 1, m(500, 1, 9), m(1, 900, 0));

    assertFalse(v.applies());
    assertEquals("—", v.text());
  }

  @Test
  void noSuccessfulRequestNeverPasses() {
    Measurement none = Measurement.of(new long[0], 10, 10);

    assertFalse(Targets.judge(Journeys.CASE_FILE, 10, none, m(30, 300, 0)).pass());
    assertFalse(Targets.judge(Journeys.LIST, 50, none, none).pass());
  }

  @Test
  void ratiosAreAuditedOverBaseline() {
    assertEquals(0.5, Targets.throughputRatio(m(10, 100, 0), m(10, 200, 0)));
    assertEquals(2.0, Targets.p95Ratio(m(20, 100, 0), m(10, 200, 0)));
  }
}
