package nl.casustafel.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.casustafel.shared.AmsterdamTime;

/**
 * The period a progress report covers: Amsterdam calendar days from {@code from} to {@code to},
 * both included. As instants it is the half-open range [{@link #start()}, {@link #end()}), so that
 * something registered at 23:59 on the last day counts and something at 00:00 the day after does
 * not, whatever the server's zone.
 *
 * @param from the first day, Europe/Amsterdam
 * @param to the last day, Europe/Amsterdam (inclusive); not before {@code from}
 */
public record Period(LocalDate from, LocalDate to) {

  /** The longest period a report covers; a longer one is refused (it would be a typo). */
  public static final int MAX_YEARS = 10;

  /**
   * Checks the days.
   *
   * @throws NullPointerException when a day is missing
   * @throws IllegalArgumentException when {@code to} is before {@code from}, or the period is
   *     longer than {@value #MAX_YEARS} years
   */
  public Period {
    Objects.requireNonNull(from, "from is required");
    Objects.requireNonNull(to, "to is required");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "The period ends (" + to + ") before it starts (" + from + ")");
    }
    if (!to.isBefore(from.plusYears(MAX_YEARS))) {
      throw new IllegalArgumentException(
          "The period " + from + " – " + to + " is longer than " + MAX_YEARS + " years");
    }
  }

  /** The calendar year: 1 January to 31 December. */
  public static Period year(int year) {
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** The first instant of the period: {@code from} at 00:00 in Amsterdam (inclusive). */
  public Instant start() {
    return AmsterdamTime.startOf(from);
  }

  /** The first instant after the period: the day after {@code to} at 00:00 in Amsterdam. */
  public Instant end() {
    return AmsterdamTime.startOf(to.plusDays(1));
  }

  /** Whether the Amsterdam day falls in the period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /**
   * A file name for a document of this period, e.g. {@code voortgangsrapportage-2019-01-01-
   * 2019-12-31.pdf}: plain ASCII, the days as yyyy-mm-dd.
   */
  public String fileName(String what, String extension) {
    return what + "-" + from + "-" + to + "." + extension;
  }
}
