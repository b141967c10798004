package nl.casustafel.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResumeTest {

  @Test
  void theGeneratedCasesMakeUpWhatTheTenantLacks() {
    assertEquals(956, Resume.toGenerate(1_000, 44));
    assertEquals(0, Resume.toGenerate(1_000, 1_200));
  }

  @Test
  void casesGoOnAtTheBatchOfTheNextCaseNumber() {
    assertEquals(Optional.of(new Resume.Cases(0, 0)), Resume.cases(0, 956, 500));
    assertEquals(Optional.of(new Resume.Cases(1, 500)), Resume.cases(500, 956, 500));
    // small wrote 956 cases; region goes on inside batch 1, from case 956.
    assertEquals(Optional.of(new Resume.Cases(1, 956)), Resume.cases(956, 22_956, 500));
  }

  @Test
  void casesAreDoneAtTheCount() {
    assertTrue(Resume.cases(956, 956, 500).isEmpty());
    assertTrue(Resume.cases(22_956, 956, 500).isEmpty()); // a larger scale ran before
  }

  @Test
  void eventsGoOnAfterTheHeadUpToTheEndOfItsBatch() {
    assertEquals(Optional.of(new Resume.Events(0, 1, 1_000)), Resume.events(0, 100_000));
    // the demo's own events first: the first batch fills up to the checkpoint at 1000
    assertEquals(Optional.of(new Resume.Events(0, 38, 1_000)), Resume.events(37, 100_000));
    assertEquals(Optional.of(new Resume.Events(1, 1_001, 2_000)), Resume.events(1_000, 2_500));
    assertEquals(Optional.of(new Resume.Events(2, 2_001, 2_500)), Resume.events(2_000, 2_500));
  }

  @Test
  void eventsAreDoneAtTheTarget() {
    assertTrue(Resume.events(2_500, 2_500).isEmpty());
    assertTrue(Resume.events(3_000, 2_500).isEmpty());
  }
}
