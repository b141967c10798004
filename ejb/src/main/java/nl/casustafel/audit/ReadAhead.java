package nl.casustafel.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a chain on a thread of its own while the caller verifies it, in batches: decoding rows and
 * hashing events then share the cores (issue #14, verifier ≥ 200k events/s). For the command line
 * ({@code ./casustafel audit-verify}) only, which owns its connection; inside the server a request
 * keeps to its own thread. A row that cannot be read ends the walk with the reader's exception,
 * thrown from {@link #hasNext}; {@link #close} stops the reader when the walk ends early.
 */
final class ReadAhead implements Iterator<ChainedEvent>, AutoCloseable {

  private static final int BATCH = 2048;
  private static final int BATCHES_AHEAD = 8;
  private static final List<ChainedEvent> END = List.of();

  private final BlockingQueue<List<ChainedEvent>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
  private final Thread reader;
  private volatile boolean closed;
  private volatile RuntimeException failure;
  private Iterator<ChainedEvent> batch = Collections.emptyIterator();
  private boolean ended;

  ReadAhead(Iterator<ChainedEvent> source, String tenant) {
    reader = new Thread(() -> read(source), "audit-verify-read-" + tenant);
    reader.setDaemon(true);
    reader.start();
  }

  private void read(Iterator<ChainedEvent> source) {
    List<ChainedEvent> next = new ArrayList<>(BATCH);
    try {
      while (!closed && source.hasNext()) {
        next.add(source.next());
        if (next.size() == BATCH) {
          put(next);
          next = new ArrayList<>(BATCH);
        }
      }
    } catch (RuntimeException e) {
      failure = e; // after the events read before it, as the walk would have met them
    } catch (Throwable e) { // an Error must not end the walk as if the chain ended there
      failure = new IllegalStateException("Could not read the audit log", e);
    } finally {
      if (!next.isEmpty()) {
        put(next);
      }
      put(END);
    }
  }

  private void put(List<ChainedEvent> events) {
    try {
      while (!closed) {
        if (queue.offer(events, 100, TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean hasNext() {
    while (!batch.hasNext()) {
      if (ended) {
        return false;
      }
      List<ChainedEvent> next = take();
      if (next == END) {
        ended = true;
        if (failure != null) {
          throw failure;
        }
        return false;
      }
      batch = next.iterator();
    }
    return true;
  }

  private List<ChainedEvent> take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading the audit log", e);
    }
  }

  @Override
  public ChainedEvent next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return batch.next();
  }

  /** Stops the reader (when the walk ended early) and waits for it, before the rows are closed. */
  @Override
  public void close() {
    closed = true;
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
