package nl.casustafel.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Days as Amsterdam counts them, whatever the clock's or the JVM's zone. */
class AmsterdamTimeTest {

  @Test
  void todayIsTheAmsterdamDayOfTheClocksInstant() {
    Clock lateSaturdayUtc = Clock.fixed(Instant.parse("2026-03-28T23:30:00Z"), ZoneOffset.UTC);
    assertEquals(LocalDate.of(2026, 3, 29), AmsterdamTime.today(lateSaturdayUtc));
    Clock summerEvening = Clock.fixed(Instant.parse("2026-07-01T21:59:59Z"), ZoneOffset.UTC);
    assertEquals(LocalDate.of(2026, 7, 1), AmsterdamTime.today(summerEvening));
    assertEquals(
        LocalDate.of(2026, 7, 2), AmsterdamTime.dayOf(Instant.parse("2026-07-01T22:00:00Z")));
  }

  @Test
  void theDaysTheClocksChangeHave23And25Hours() {
    LocalDate spring = LocalDate.of(2026, 3, 29);
    assertEquals(Instant.parse("2026-03-28T23:00:00Z"), AmsterdamTime.startOf(spring));
    assertEquals(
        Duration.ofHours(23),
        Duration.between(AmsterdamTime.startOf(spring), AmsterdamTime.startOf(spring.plusDays(1))));
    LocalDate autumn = LocalDate.of(2026, 10, 25);
    assertEquals(Instant.parse("2026-10-24T22:00:00Z"), AmsterdamTime.startOf(autumn));
    assertEquals(
        Duration.ofHours(25),
        Duration.between(AmsterdamTime.startOf(autumn), AmsterdamTime.startOf(autumn.plusDays(1))));
  }
}
