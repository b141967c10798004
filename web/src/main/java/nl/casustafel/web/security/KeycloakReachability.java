package nl.casustafel.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * Whether Keycloak answers. A "no" is remembered for {@link #TTL} (10 s), so that sign-ins while
 * Keycloak is down wait for one probe at most and a Keycloak that comes back is used within 10 s,
 * without restarting Liberty; a "yes" is asked again at every sign-in.
 *
 * <p>Thread-safe: one caller probes while the others wait for its answer (at most the probe's own
 * timeout). A clock that goes back counts as an expired answer. Changes are logged (Keycloak down:
 * a warning; back: info), so the operator sees when sign-in stopped and resumed.
 */
final class KeycloakReachability {

  static final Duration TTL = Duration.ofSeconds(10);
  private static final Logger LOG = Logger.getLogger(KeycloakReachability.class.getName());

  private final BooleanSupplier probe;
  private final Clock clock;
  private final Duration ttl;
  private Instant checkedAt;
  private boolean up;

  /**
   * @param probe true when Keycloak answered; it bounds its own waiting
   * @param clock the application's clock (UTC)
   * @param ttl how long an answer is trusted
   */
  KeycloakReachability(BooleanSupplier probe, Clock clock, Duration ttl) {
    this.probe = probe;
    this.clock = clock;
    this.ttl = ttl;
  }

  /**
   * Whether Keycloak answers now. A "no" is trusted for the TTL, so a dead Keycloak does not cost
   * every sign-in the probe's wait; a "yes" is never trusted from memory, so a Keycloak that just
   * stopped is noticed at the next sign-in rather than after the TTL.
   */
  synchronized boolean isUp() {
    Instant now = clock.instant();
    if (checkedAt != null && !up && !expired(Duration.between(checkedAt, now))) {
      return false;
    }
    boolean answered = probe.getAsBoolean();
    if (!answered && (checkedAt == null || up)) {
      LOG.warning("Keycloak does not answer: new sign-ins are refused with a 503 page.");
    } else if (answered && checkedAt != null && !up) {
      LOG.info("Keycloak answers again: sign-in works.");
    }
    up = answered;
    checkedAt = now;
    return up;
  }

  private boolean expired(Duration age) {
    return age.isNegative() || age.compareTo(ttl) >= 0;
  }
}
