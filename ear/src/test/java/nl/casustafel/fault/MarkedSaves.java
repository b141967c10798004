package nl.casustafel.fault;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.casustafel.it.Api;

/**
 * Saves of case information on case 1 of zvh-gv, each with its own marker text and its own W3C
 * trace id, and what became of each: so that afterwards every row and every audit event can be tied
 * to the one request that made it.
 *
 * <p>Save {@code n} of a run stores the text {@code kill-<run>-<n>} with trace id {@code <run><n as
 * 16 hex digits>}; {@code <run>} is 16 random hex digits, fresh per instance, so that neither
 * pattern matches anything of another run.
 */
final class MarkedSaves {

  static final String PATH = "/api/v1/tenants/zvh-gv/cases/1/information";

  /** No run needs more; a guard against callers that are never stopped. */
  private static final int MAX_SAVES = 1000;

  private final String token;
  private final String run;
  private final AtomicInteger last = new AtomicInteger();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

  /**
   * What one save got: its HTTP status (-1 when no answer came at all, with the client's error),
   * the body of anything but 201, and when it started and ended ({@link System#nanoTime()}).
   */
  record Outcome(int n, int status, String detail, long started, long ended) {
    @Override
    public String toString() {
      return "save " + n + ": " + status + (detail == null ? "" : " " + detail);
    }
  }

  MarkedSaves(String token) {
    this.token = token;
    byte[] random = new byte[8];
    new SecureRandom().nextBytes(random);
    this.run = HexFormat.of().formatHex(random);
  }

  String marker(int n) {
    return "kill-" + run + "-" + n;
  }

  String trace(int n) {
    return run + String.format("%016x", n);
  }

  /** SQL LIKE patterns for every marker and every trace id of this run (hex and "-" only). */
  String markerPattern() {
    return "kill-" + run + "-%";
  }

  String tracePattern() {
    return run + "%";
  }

  /** Sends the next save and records its outcome; never throws. */
  Outcome save() {
    int n = last.incrementAndGet();
    String body =
        Json.createObjectBuilder()
            .add("category", "SOCIAL")
            .add("text", marker(n))
            .build()
            .toString();
    long started = System.nanoTime();
    Outcome outcome;
    try {
      HttpResponse<String> answer =
          Api.send("POST", PATH, token, body, "00-" + trace(n) + "-00f067aa0ba902b7-01");
      int status = answer.statusCode();
      outcome = new Outcome(n, status, status == 201 ? null : answer.body(), started, now());
    } catch (RuntimeException e) {
      outcome = new Outcome(n, -1, String.valueOf(e.getCause()), started, now());
    }
    outcomes.add(outcome);
    return outcome;
  }

  /**
   * Saves one after another until {@link #stop()} (or {@value #MAX_SAVES} saves in all), counting
   * every 201 down on {@code acknowledged}. For a caller thread.
   */
  void untilStopped(CountDownLatch acknowledged) {
    while (!stopped.get() && last.get() < MAX_SAVES) {
      if (save().status() == 201) {
        acknowledged.countDown();
      }
    }
  }

  /** Callers in {@link #untilStopped} finish the save they are in and start no other. */
  void stop() {
    stopped.set(true);
  }

  List<Outcome> outcomes() {
    return List.copyOf(outcomes);
  }

  private static long now() {
    return System.nanoTime();
  }
}
