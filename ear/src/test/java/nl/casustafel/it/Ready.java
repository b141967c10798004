package nl.casustafel.it;

import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits, once per test JVM, until the application is ready for the tests: Liberty reports the
 * application started before its API security (the bearer-token filter) and its health checks are
 * in place, and a request in between is answered as if anonymous. Bounded: 120 s, then the tests
 * fail loudly.
 */
public final class Ready {

  private static final Duration BOUND = Duration.ofSeconds(120);
  private static volatile boolean ready;

  private Ready() {}

  /** {@link #await(String)} with a token of its own, made only while not yet ready. */
  public static void await() {
    if (!ready) {
      try (Tokens tokens = new Tokens()) {
        await(tokens.of("regisseur.gv"));
      }
    }
  }

  /** Returns once {@code /health/ready} is UP and {@code /api/v1/me} accepts the token. */
  public static synchronized void await(String bearerToken) {
    if (ready) {
      return;
    }
    long end = System.nanoTime() + BOUND.toNanos();
    String last = "";
    while (System.nanoTime() < end) {
      HttpResponse<String> health = Api.get("/health/ready", null);
      HttpResponse<String> me = Api.get("/api/v1/me", bearerToken);
      if (health.statusCode() == 200 && me.statusCode() == 200) {
        ready = true;
        return;
      }
      last = health.statusCode() + " " + health.body() + " / " + me.statusCode();
      sleep();
    }
    throw new AssertionError("the application was not ready within " + BOUND + ": " + last);
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
