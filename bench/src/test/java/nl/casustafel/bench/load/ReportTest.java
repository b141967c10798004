package nl.casustafel.bench.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

  private static final ZonedDateTime STARTED =
      ZonedDateTime.of(2026, 11, 28, 14, 5, 0, 0, ZoneId.of("Europe/Amsterdam"));

  private static Report.Data data(HeapUse before, HeapUse after) {
    Measurement audited = new Measurement(2400, 0, 30.04, 48.26, 61.0, 240.0);
    Measurement baseline = new Measurement(3000, 0, 25.0, 40.0, 50.0, 300.0);
    return new Report.Data(
        STARTED,
        BenchSettings.from(Map.of("smoke", "true")::get),
        44,
        List.of(
            new Report.Row(Journeys.CASE_FILE, 10, audited, baseline),
            new Report.Row(Journeys.TRIAGE, 50, audited, null)),
        List.of(
            new Report.SqlRow("Case list (director, 20 rows)", 6, 4),
            new Report.SqlRow("Case file (director)", 12.5, Double.NaN)),
        0.33,
        before,
        after,
        new SessionSize(10, 6, new HeapUse(71_680, 262_144), new HeapUse(76_800, 262_144)));
  }

  @Test
  void theHeapPerSignedInUser() {
    String md = Report.render(data(null, null));

    assertTrue(md.contains("10 director sessions signed in"), md);
    assertTrue(md.contains("**512 KiB per signed-in user**"), md);
  }

  @Test
  void oneLinePerVariantWithPercentilesThroughputAndErrors() {
    String md = Report.render(data(null, null));

    assertTrue(
        md.contains("| Case file (director) | 10 | audited | 30.0 | 48.3 | 61.0 | 240.0 | 0 |"),
        md);
    assertTrue(
        md.contains("| Case file (director) | 10 | baseline | 25.0 | 40.0 | 50.0 | 300.0 | 0 |"),
        md);
  }

  @Test
  void aJourneyWithoutBaselineHasOneLineAndNoRatio() {
    String md = Report.render(data(null, null));

    assertTrue(md.contains("| Triage queue (director) | 50 | audited |"), md);
    assertFalse(md.contains("| Triage queue (director) | 50 | baseline |"), md);
    assertTrue(
        md.contains("| Triage queue (director) | 50 | no baseline | no baseline | PASS |"), md);
  }

  @Test
  void ratiosAndTheVerdict() {
    String md = Report.render(data(null, null));

    assertTrue(md.contains("| Case file (director) | 10 | 0.80 | 1.21 | PASS |"), md);
  }

  @Test
  void statementsPerRequestAndTheBackground() {
    String md = Report.render(data(null, null));

    assertTrue(md.contains("| Case list (director, 20 rows) | 6.0 | 4.0 |"), md);
    assertTrue(md.contains("| Case file (director) | 12.5 | n/a |"), md);
    assertTrue(md.contains("counted 0.3 statements/s"), md);
  }

  @Test
  void theHeapWhenMeasuredAndSaysSoWhenNot() {
    assertTrue(Report.render(data(null, null)).contains("Not measured (no Liberty process id"));
    String md = Report.render(data(new HeapUse(102400, 262144), new HeapUse(112640, 262144)));
    assertTrue(md.contains("- before the load: 100.0 MiB of 256.0 MiB"), md);
    assertTrue(md.contains("- after the load: 110.0 MiB of 256.0 MiB"), md);
  }

  @Test
  void theHeaderNamesTheRun() {
    String md = Report.render(data(null, null));

    assertTrue(md.contains("2026-11-28T14:05:00+01:00 (smoke run)"), md);
    assertTrue(md.contains("44 cases visible to the director"), md);
    assertTrue(md.contains("2 × (audited, baseline) rounds of 3 s"), md);
  }
}
