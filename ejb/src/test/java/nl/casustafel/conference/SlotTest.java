package nl.casustafel.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A slot: end strictly after start, length in elapsed time. */
class SlotTest {

  private static final Instant NINE = Instant.parse("2026-03-17T09:00:00Z");

  @Test
  void lengthIsTheElapsedTime() {
    assertEquals(Duration.ofMinutes(90), new Slot(NINE, NINE.plusSeconds(5400)).length());
    assertEquals(new Slot(NINE, NINE.plusSeconds(60)), Slot.of(NINE, Duration.ofMinutes(1)));
  }

  @Test
  void theEndMustComeAfterTheStart() {
    IllegalArgumentException same =
        assertThrows(IllegalArgumentException.class, () -> new Slot(NINE, NINE));
    assertTrue(same.getMessage().startsWith("end must be after start"), same.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Slot(NINE, NINE.minusNanos(1)));
    assertThrows(IllegalArgumentException.class, () -> Slot.of(NINE, Duration.ZERO));
  }

  @Test
  void bothEndsAreRequired() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new Slot(null, NINE))
            .getMessage()
            .startsWith("start"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> new Slot(NINE, null))
            .getMessage()
            .startsWith("end"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Slot.of(NINE, null))
            .getMessage()
            .startsWith("length"));
  }
}
