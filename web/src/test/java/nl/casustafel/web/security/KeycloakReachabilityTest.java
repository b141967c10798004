package nl.casustafel.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Keycloak is asked at most once per 10 s, and a Keycloak that comes back is used again. */
class KeycloakReachabilityTest {

  private final SettableClock clock = new SettableClock();

  /** A probe that answers as told, one answer per call, and counts the calls. */
  private static final class Probe implements BooleanSupplier {
    final Deque<Boolean> answers = new ArrayDeque<>();
    int calls;

    Probe(Boolean... answers) {
      this.answers.addAll(List.of(answers));
    }

    @Override
    public boolean getAsBoolean() {
      calls++;
      return answers.removeFirst();
    }
  }

  private KeycloakReachability reachability(Probe probe) {
    return new KeycloakReachability(probe, clock, KeycloakReachability.TTL);
  }

  @Test
  void aYesIsNeverTakenFromMemory() {
    Probe probe = new Probe(true, false);
    KeycloakReachability keycloak = reachability(probe);
    assertTrue(keycloak.isUp());
    clock.advance(Duration.ofMillis(1));
    assertFalse(keycloak.isUp(), "a Keycloak that just stopped is noticed at the next sign-in");
    assertEquals(2, probe.calls);
  }

  @Test
  void aKeycloakThatComesBackIsUsedWithinTenSeconds() {
    Probe probe = new Probe(false, true);
    KeycloakReachability keycloak = reachability(probe);
    assertFalse(keycloak.isUp());
    clock.advance(Duration.ofSeconds(5));
    assertFalse(keycloak.isUp(), "the answer 'down' holds for its 10 s too");
    clock.advance(Duration.ofSeconds(5));
    assertTrue(keycloak.isUp());
  }

  @Test
  void aClockThatGoesBackAsksAgain() {
    Probe probe = new Probe(false, true);
    KeycloakReachability keycloak = reachability(probe);
    assertFalse(keycloak.isUp());
    clock.advance(Duration.ofHours(-1));
    assertTrue(keycloak.isUp());
  }

  @Test
  void whatCountsAsAnAnswer() {
    assertTrue(KeycloakProbe.answers(200));
    assertTrue(KeycloakProbe.answers(404), "a realm that is missing is no outage");
    assertFalse(KeycloakProbe.answers(500));
    assertFalse(KeycloakProbe.answers(503), "Keycloak starting, or its database gone");
    assertFalse(KeycloakProbe.answeredAtAll(new java.net.ConnectException("refused")));
    assertFalse(
        KeycloakProbe.answeredAtAll(new java.net.http.HttpTimeoutException("request timed out")));
    assertTrue(
        KeycloakProbe.answeredAtAll(
            new java.io.IOException(new javax.net.ssl.SSLHandshakeException("untrusted"))),
        "a TLS failure reached a server: fail open");
  }

  /** A clock the test moves by hand. */
  private static final class SettableClock extends Clock {
    private Instant now = Instant.parse("2026-03-29T01:30:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
