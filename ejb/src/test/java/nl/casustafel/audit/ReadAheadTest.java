package nl.casustafel.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

  private static ChainedEvent event(long seq) {
    return new ChainedEvent(seq, null, new byte[32], new byte[32]);
  }

  /** Events 1..n, counting how many were read. */
  private static Iterator<ChainedEvent> source(int n, AtomicInteger read, RuntimeException at) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return read.get() < n;
      }

      @Override
      public ChainedEvent next() {
        int seq = read.incrementAndGet();
        if (at != null && seq == n) {
          throw at;
        }
        return event(seq);
      }
    };
  }

  @Test
  void handsOnEveryEventInOrder() {
    List<Long> seen = new ArrayList<>();
    try (ReadAhead events = new ReadAhead(source(5000, new AtomicInteger(), null), "t")) {
      events.forEachRemaining(e -> seen.add(e.seq()));
      assertFalse(events.hasNext());
      assertThrows(NoSuchElementException.class, events::next);
    }
    assertEquals(5000, seen.size());
    for (int i = 0; i < seen.size(); i++) {
      assertEquals(i + 1, seen.get(i));
    }
  }

  @Test
  void aRowThatCannotBeReadEndsTheWalkWithItsException() {
    IllegalStateException broken = new IllegalStateException("Could not read the audit log");
    try (ReadAhead events = new ReadAhead(source(3000, new AtomicInteger(), broken), "t")) {
      for (int i = 1; i < 3000; i++) {
        assertEquals(i, events.next().seq());
      }
      assertSame(broken, assertThrows(IllegalStateException.class, events::hasNext));
    }
  }

  @Test
  void closingEarlyStopsTheReader() throws InterruptedException {
    AtomicInteger read = new AtomicInteger();
    try (ReadAhead events = new ReadAhead(source(10_000_000, read, null), "t")) {
      assertEquals(1, events.next().seq());
    }
    int stoppedAt = read.get();
    Thread.sleep(200);
    assertEquals(stoppedAt, read.get(), "nothing read after close");
    assertFalse(stoppedAt >= 10_000_000, "stopped long before the end: " + stoppedAt);
  }
}
