package nl.casustafel.conference;

import static nl.casustafel.conference.AgreementStatus.DONE;
import static nl.casustafel.conference.AgreementStatus.NOT_DONE;
import static nl.casustafel.conference.AgreementStatus.NOT_POSSIBLE;
import static nl.casustafel.conference.AgreementStatus.OPEN;
import static nl.casustafel.conference.DueState.CLOSED;
import static nl.casustafel.conference.DueState.DUE_SOON;
import static nl.casustafel.conference.DueState.LATER;
import static nl.casustafel.conference.DueState.OVERDUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Due soon: today and the 6 days after it; overdue: before today and still open or not done. */
class DueStateTest {

  /** A Monday. */
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @Test
  void theDaysAroundToday() {
    assertEquals(OVERDUE, DueState.of(OPEN, TODAY.minusDays(1), TODAY));
    assertEquals(DUE_SOON, DueState.of(OPEN, TODAY, TODAY));
    assertEquals(DUE_SOON, DueState.of(OPEN, TODAY.plusDays(6), TODAY), "Sunday, the 7th day");
    assertEquals(LATER, DueState.of(OPEN, TODAY.plusDays(7), TODAY), "next Monday");
    assertEquals(7, DueState.DUE_SOON_DAYS);
  }

  @Test
  void aNotDoneAgreementIsStillDue() {
    assertEquals(OVERDUE, DueState.of(NOT_DONE, TODAY.minusYears(1), TODAY));
    assertEquals(DUE_SOON, DueState.of(NOT_DONE, TODAY.plusDays(3), TODAY));
  }

  @Test
  void aSettledAgreementIsClosedWhateverItsDate() {
    for (LocalDate dueOn : new LocalDate[] {TODAY.minusDays(30), TODAY, TODAY.plusDays(30), null}) {
      assertEquals(CLOSED, DueState.of(DONE, dueOn, TODAY));
      assertEquals(CLOSED, DueState.of(NOT_POSSIBLE, dueOn, TODAY));
    }
  }

  @Test
  void withoutADueDateItIsLater() {
    assertEquals(LATER, DueState.of(OPEN, null, TODAY));
    assertEquals(LATER, AgreementState.OPEN.due(null, TODAY));
    assertEquals(OVERDUE, AgreementState.OPEN.notDone().due(TODAY.minusDays(1), TODAY));
  }

  @Test
  void statusAndTodayAreRequired() {
    assertThrows(IllegalArgumentException.class, () -> DueState.of(null, TODAY, TODAY));
    assertThrows(IllegalArgumentException.class, () -> DueState.of(OPEN, TODAY, null));
  }
}
