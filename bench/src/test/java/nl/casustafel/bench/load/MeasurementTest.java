package nl.casustafel.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MeasurementTest {

  private static final long MS = 1_000_000;

  @Test
  void nearestRankPercentilesOfOneToHundredMilliseconds() {
    long[] nanos = LongStream.rangeClosed(1, 100).map(i -> (101 - i) * MS).toArray(); // unsorted

    Measurement m = Measurement.of(nanos, 3, 10.0);

    assertEquals(50.0, m.p50());
    assertEquals(95.0, m.p95());
    assertEquals(99.0, m.p99());
    assertEquals(100, m.ok());
    assertEquals(3, m.errors());
    assertEquals(10.0, m.throughput(), "successful requests per second");
  }

  @Test
  void aSingleSampleIsEveryPercentile() {
    Measurement m = Measurement.of(new long[] {7 * MS}, 0, 2.0);

    assertEquals(7.0, m.p50());
    assertEquals(7.0, m.p99());
    assertEquals(0.5, m.throughput());
  }

  @Test
  void percentileRoundsTheRankUp() {
    long[] sorted = {10, 20, 30};

    assertEquals(20, Measurement.percentile(sorted, 50), "rank ceil(1.5) = 2");
    assertEquals(30, Measurement.percentile(sorted, 95));
    assertEquals(10, Measurement.percentile(sorted, 0));
  }

  @Test
  void withoutSuccessesTheLatenciesAreUnknown() {
    Measurement m = Measurement.of(new long[0], 5, 10.0);

    assertTrue(Double.isNaN(m.p95()));
    assertEquals(0.0, m.throughput());
    assertEquals(5, m.errors());
  }

  @Test
  void theRecorderKeepsCellsApart() {
    Recorder recorder = new Recorder();
    Recorder.Cell audited = new Recorder.Cell("case-file", 10, Variant.AUDITED);
    Recorder.Cell baseline = new Recorder.Cell("case-file", 10, Variant.BASELINE);
    recorder.record(audited, 20 * MS, true);
    recorder.record(audited, 40 * MS, false);
    recorder.record(baseline, 10 * MS, true);

    assertEquals(1, recorder.measure(audited, 1).errors());
    assertEquals(20.0, recorder.measure(audited, 1).p99());
    assertEquals(10.0, recorder.measure(baseline, 1).p50());
    assertEquals(0, recorder.measure(new Recorder.Cell("list", 1, Variant.AUDITED), 1).ok());
  }
}
