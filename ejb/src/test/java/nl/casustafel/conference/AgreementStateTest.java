package nl.casustafel.conference;

import static nl.casustafel.conference.AgreementStatus.DONE;
import static nl.casustafel.conference.AgreementStatus.NOT_DONE;
import static nl.casustafel.conference.AgreementStatus.NOT_POSSIBLE;
import static nl.casustafel.conference.AgreementStatus.OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The agreement rule: OPEN → DONE | NOT_POSSIBLE (with a reason) | NOT_DONE; NOT_DONE → OPEN
 * (carried over) | DONE | NOT_POSSIBLE; DONE and NOT_POSSIBLE are final.
 */
class AgreementStateTest {

  @Test
  void theTransitionTableIsTheRule() {
    assertEquals(EnumSet.of(DONE, NOT_POSSIBLE, NOT_DONE), OPEN.successors());
    assertEquals(EnumSet.of(OPEN, DONE, NOT_POSSIBLE), NOT_DONE.successors());
    assertEquals(Set.of(), DONE.successors());
    assertEquals(Set.of(), NOT_POSSIBLE.successors());
    assertTrue(DONE.isFinal() && NOT_POSSIBLE.isFinal());
    assertFalse(OPEN.isFinal() || NOT_DONE.isFinal());
    for (AgreementStatus status : AgreementStatus.values()) {
      assertFalse(status.canBecome(status), status + " to itself");
    }
  }

  @Test
  void anOpenAgreementIsDoneNotPossibleOrNotDone() {
    assertEquals(new AgreementState(DONE, Optional.empty()), AgreementState.OPEN.done());
    assertEquals(NOT_DONE, AgreementState.OPEN.notDone().status());
    AgreementState impossible = AgreementState.OPEN.notPossible("  Client moved abroad \u200B");
    assertEquals(NOT_POSSIBLE, impossible.status());
    assertEquals(Optional.of("Client moved abroad"), impossible.reason());
  }

  @Test
  void aNotDoneAgreementIsCarriedOverOrSettled() {
    AgreementState notDone = AgreementState.OPEN.notDone();
    assertEquals(AgreementState.OPEN, notDone.carriedOver());
    assertEquals(DONE, notDone.done().status());
    assertEquals(NOT_POSSIBLE, notDone.notPossible("No budget").status());
    assertEquals(NOT_DONE, notDone.carriedOver().notDone().status(), "again at the next meeting");
  }

  @Test
  void doneAndNotPossibleAreFinal() {
    AgreementState done = AgreementState.OPEN.done();
    String message = assertThrows(IllegalStateException.class, done::carriedOver).getMessage();
    assertEquals("An agreement that is DONE is final and cannot become OPEN.", message);
    assertThrows(IllegalStateException.class, done::notDone);
    assertThrows(IllegalStateException.class, () -> done.notPossible("late"));
    AgreementState impossible = AgreementState.OPEN.notPossible("moved");
    assertThrows(IllegalStateException.class, impossible::done);
    assertThrows(IllegalStateException.class, impossible::carriedOver);
  }

  @Test
  void anOpenAgreementIsNotCarriedOverNorOpenedAgain() {
    String message =
        assertThrows(IllegalStateException.class, AgreementState.OPEN::carriedOver).getMessage();
    assertEquals(
        "An agreement that is OPEN cannot become OPEN; it can become [DONE, NOT_POSSIBLE,"
            + " NOT_DONE].",
        message);
    assertThrows(
        IllegalStateException.class, () -> AgreementState.OPEN.notDone().notDone(), "twice");
  }

  @Test
  void notPossibleNeedsAVisibleReason() {
    for (String reason : new String[] {null, "", "   ", "\u200B\u200B", "\u00A0"}) {
      String message =
          assertThrows(
                  IllegalArgumentException.class, () -> AgreementState.OPEN.notPossible(reason))
              .getMessage();
      assertTrue(message.startsWith("reason"), message);
    }
    assertEquals(1000, AgreementState.OPEN.notPossible("x".repeat(1000)).reason().get().length());
    assertThrows(
        IllegalArgumentException.class, () -> AgreementState.OPEN.notPossible("x".repeat(1001)));
  }

  @Test
  void onlyNotPossibleHasAReason() {
    String message =
        assertThrows(IllegalArgumentException.class, () -> AgreementState.OPEN.changeTo(DONE, "x"))
            .getMessage();
    assertTrue(message.startsWith("reason is only given for NOT_POSSIBLE"), message);
    assertThrows(
        IllegalArgumentException.class, () -> new AgreementState(OPEN, Optional.of("why")));
    assertThrows(
        IllegalArgumentException.class, () -> new AgreementState(NOT_POSSIBLE, Optional.empty()));
    assertEquals(new AgreementState(OPEN, Optional.empty()), new AgreementState(OPEN, null));
  }

  @Test
  void anInvalidTransitionIsReportedBeforeAMissingReason() {
    AgreementState done = AgreementState.OPEN.done();
    assertThrows(IllegalStateException.class, () -> done.changeTo(NOT_POSSIBLE, null));
  }

  @Test
  void aStatusIsRequired() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> AgreementState.OPEN.changeTo(null, null))
            .getMessage()
            .startsWith("status"));
    assertThrows(IllegalArgumentException.class, () -> new AgreementState(null, Optional.empty()));
  }
}
