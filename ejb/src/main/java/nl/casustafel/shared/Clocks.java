package nl.casustafel.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The application's one clock: UTC system time. Whatever asks "now" — the log's events and
 * checkpoints, the covenant in force today — injects {@link Clock}, so a test can put a fixed
 * instant in its place ({@code Clock.fixed}) and days are computed by {@link AmsterdamTime}.
 */
@ApplicationScoped
public class Clocks {

  /**
   * Now by {@code clock}, to the microsecond: what the database keeps (DATETIME(6)), so that a time
   * returned equals the time stored.
   */
  public static java.time.Instant now(Clock clock) {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
