package nl.casustafel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void aYearRunsFromNewYearsMidnightInAmsterdamToTheNext() {
    Period year = Period.year(2019);

    assertEquals(LocalDate.of(2019, 1, 1), year.from());
    assertEquals(LocalDate.of(2019, 12, 31), year.to());
    assertEquals(Instant.parse("2018-12-31T23:00:00Z"), year.start()); // CET, +1
    assertEquals(Instant.parse("2019-12-31T23:00:00Z"), year.end());
  }

  @Test
  void theEndIsTheStartOfTheDayAfterTheLastInSummerTime() {
    Period evaluation = new Period(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 7, 31));

    assertEquals(Instant.parse("2019-02-28T23:00:00Z"), evaluation.start()); // CET
    assertEquals(Instant.parse("2019-07-31T22:00:00Z"), evaluation.end()); // CEST, +2
  }

  @Test
  void oneDayIsAPeriod() {
    LocalDate day = LocalDate.of(2019, 3, 31); // 23 hours: clocks go forward
    Period period = new Period(day, day);

    assertEquals(Instant.parse("2019-03-30T23:00:00Z"), period.start());
    assertEquals(Instant.parse("2019-03-31T22:00:00Z"), period.end());
    assertTrue(period.contains(day));
    assertFalse(period.contains(day.plusDays(1)));
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefused() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Period(LocalDate.of(2019, 12, 31), LocalDate.of(2019, 1, 1)));
    assertTrue(refused.getMessage().contains("before it starts"), refused.getMessage());
  }

  @Test
  void tenYearsAreTheMost() {
    LocalDate from = LocalDate.of(2010, 1, 1);
    assertEquals(LocalDate.of(2019, 12, 31), new Period(from, LocalDate.of(2019, 12, 31)).to());
    assertThrows(IllegalArgumentException.class, () -> new Period(from, LocalDate.of(2020, 1, 1)));
  }
}
