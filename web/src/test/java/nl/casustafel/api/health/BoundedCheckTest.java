package nl.casustafel.api.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedCheckTest {

  private final ExecutorService executor = Executors.newCachedThreadPool();

  /** Released at the end of each test: a check that "hangs" until then, like a frozen database. */
  private final CountDownLatch frozen = new CountDownLatch(1);

  @AfterEach
  void thaw() throws InterruptedException {
    frozen.countDown();
    executor.shutdown();
    assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));
  }

  @Test
  void answersWhatTheCheckFound() {
    BoundedCheck<String> check = new BoundedCheck<>(executor, Duration.ofSeconds(3), () -> "up");
    assertEquals(Optional.of("up"), check.run());
  }

  @Test
  void aCheckThatHangsDoesNotAnswerAndTheCallerIsFreeWithinTheBound() {
    BoundedCheck<String> check =
        new BoundedCheck<>(executor, Duration.ofMillis(200), this::waitUntilThawed);
    long start = System.nanoTime();
    assertEquals(Optional.empty(), check.run());
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(tookMillis >= 150 && tookMillis < 2000, tookMillis + " ms");
  }

  @Test
  void callersWhileACheckHangsShareItInsteadOfStartingMore() {
    AtomicInteger started = new AtomicInteger();
    BoundedCheck<String> check =
        new BoundedCheck<>(
            executor,
            Duration.ofMillis(100),
            () -> {
              started.incrementAndGet();
              return waitUntilThawed();
            });
    for (int i = 0; i < 5; i++) {
      assertEquals(Optional.empty(), check.run());
    }
    assertEquals(1, started.get());
  }

  @Test
  void afterACheckEndsTheNextCallerStartsAFreshOne() {
    AtomicInteger started = new AtomicInteger();
    BoundedCheck<Integer> check =
        new BoundedCheck<>(executor, Duration.ofSeconds(3), started::incrementAndGet);
    assertEquals(Optional.of(1), check.run());
    assertEquals(Optional.of(2), check.run());
  }

  @Test
  void aCheckThatFailsDoesNotAnswer() {
    BoundedCheck<String> check =
        new BoundedCheck<>(
            executor,
            Duration.ofSeconds(3),
            () -> {
              throw new IllegalStateException("no connection");
            });
    assertEquals(Optional.empty(), check.run());
  }

  private String waitUntilThawed() throws InterruptedException {
    frozen.await();
    return "up";
  }
}
