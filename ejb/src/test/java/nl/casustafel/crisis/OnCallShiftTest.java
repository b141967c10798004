package nl.casustafel.crisis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A shift of the on-call rota: what the constructor refuses, naming the field, and its span. */
class OnCallShiftTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final Instant EVENING = Instant.parse("2026-11-28T16:00:00Z");
  private static final Instant MORNING = Instant.parse("2026-11-29T08:00:00Z");

  private static OnCallShift shift(
      Duty duty, String person, String phone, Instant starts, Instant ends) {
    return new OnCallShift(duty, person, phone, starts, ends, "k.regisseur", NOW);
  }

  private static OnCallShift night() {
    return shift(Duty.CASE_DIRECTOR, "  Karin de Regisseur ", "035 123 45 67", EVENING, MORNING);
  }

  /** Asserts that the constructor refuses, with a message that starts with the field's name. */
  private static void refused(String field, Executable construction) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
    assertTrue(e.getMessage().startsWith(field), e.getMessage());
  }

  @Test
  void aNightShiftKeepsWhatWasGivenWithTheTextStripped() {
    OnCallShift shift = night();
    assertEquals(Duty.CASE_DIRECTOR, shift.duty());
    assertEquals("Karin de Regisseur", shift.person());
    assertEquals("035 123 45 67", shift.phone());
    assertEquals(EVENING, shift.startsAt());
    assertEquals(MORNING, shift.endsAt());
  }

  @Test
  void aShiftThatHasBegunButNotEndedMayBeEntered() {
    OnCallShift running =
        shift(
            Duty.CARE_COORDINATOR,
            "Zorgcoördinator",
            "06-12345678",
            NOW.minusSeconds(3600),
            NOW.plusSeconds(1));
    assertTrue(running.covers(NOW));
  }

  @Test
  void aShiftNeedsADuty() {
    refused("duty", () -> shift(null, "Karin", "035 123 45 67", EVENING, MORNING));
  }

  @Test
  void aShiftEndsAfterItStarts() {
    refused("endsAt", () -> shift(Duty.CASE_DIRECTOR, "Karin", "035 123 45 67", MORNING, EVENING));
    refused("endsAt", () -> shift(Duty.CASE_DIRECTOR, "Karin", "035 123 45 67", EVENING, EVENING));
    refused("endsAt", () -> shift(Duty.CASE_DIRECTOR, "Karin", "035 123 45 67", null, MORNING));
    refused("endsAt", () -> shift(Duty.CASE_DIRECTOR, "Karin", "035 123 45 67", EVENING, null));
  }

  @Test
  void aShiftLastsAtMostFourteenDays() {
    Instant fortnight = EVENING.plus(Duration.ofDays(14));
    assertEquals(
        fortnight,
        shift(Duty.CASE_DIRECTOR, "Karin", "035 123 45 67", EVENING, fortnight).endsAt());
    refused(
        "endsAt",
        () ->
            shift(Duty.CASE_DIRECTOR, "Karin", "035 123 45 67", EVENING, fortnight.plusSeconds(1)));
  }

  @Test
  void aShiftThatHasAlreadyEndedIsRefused() {
    refused(
        "endsAt",
        () -> shift(Duty.CASE_DIRECTOR, "Karin", "035 123 45 67", NOW.minusSeconds(7200), NOW));
    refused(
        "endsAt",
        () ->
            shift(
                Duty.CASE_DIRECTOR,
                "Karin",
                "035 123 45 67",
                NOW.minusSeconds(7200),
                NOW.minusSeconds(1)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u200B\u200B\u200B", "\u00A0\u00A0", "K"})
  void aShiftNamesWhoIsOnCall(String person) {
    refused("person", () -> shift(Duty.CASE_DIRECTOR, person, "035 123 45 67", EVENING, MORNING));
  }

  @Test
  void aShiftNamesWhoIsOnCallNotNull() {
    refused("person", () -> shift(Duty.CASE_DIRECTOR, null, "035 123 45 67", EVENING, MORNING));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "      ", "\u200B\u200B\u200B\u200B\u200B\u200B", "112"})
  void aShiftHasAPhoneNumberToCall(String phone) {
    refused("phone", () -> shift(Duty.CASE_DIRECTOR, "Karin", phone, EVENING, MORNING));
  }

  @Test
  void aShiftHasAPhoneNumberToCallNotNull() {
    refused("phone", () -> shift(Duty.CASE_DIRECTOR, "Karin", null, EVENING, MORNING));
  }

  @Test
  void aShiftCoversItsStartButNotItsEnd() {
    OnCallShift shift = night();
    assertFalse(shift.covers(EVENING.minusSeconds(1)));
    assertTrue(shift.covers(EVENING));
    assertTrue(shift.covers(Instant.parse("2026-11-29T02:00:00Z")));
    assertTrue(shift.covers(MORNING.minusNanos(1)));
    assertFalse(shift.covers(MORNING));
    assertFalse(shift.covers(MORNING.plusSeconds(3600)));
  }
}
