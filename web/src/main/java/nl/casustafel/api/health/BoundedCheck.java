package nl.casustafel.api.health;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a check on an executor and waits for it at most a fixed time, so that the caller (a load
 * balancer, an orchestrator's probe) always gets an answer in time, even while the check itself
 * hangs on a frozen database.
 *
 * <p>At most one check is in flight: a caller that comes while one runs waits for that one instead
 * of starting another, so probes every second against a frozen database hold one thread, not one
 * per probe. A check that is late does not answer at all ({@link Optional#empty()}); it goes on in
 * the background until the driver's own timeouts end it, and the next caller starts a new one.
 *
 * @param <T> what the check finds out
 */
final class BoundedCheck<T> {

  private final ExecutorService executor;
  private final Duration bound;
  private final Callable<T> check;
  private Future<T> inFlight;

  BoundedCheck(ExecutorService executor, Duration bound, Callable<T> check) {
    this.executor = executor;
    this.bound = bound;
    this.check = check;
  }

  /** The check's outcome, or empty when it did not answer within the bound or failed. */
  Optional<T> run() {
    Future<T> running = current();
    try {
      return Optional.ofNullable(running.get(bound.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException | ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private synchronized Future<T> current() {
    if (inFlight == null || inFlight.isDone()) {
      inFlight = executor.submit(check);
    }
    return inFlight;
  }
}
