package nl.casustafel.bench.load;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Hands out the values of a list in turn, from any thread, starting again after the last. */
public final class RoundRobin<T> {

  private final List<T> values;
  private final AtomicLong next = new AtomicLong();

  public RoundRobin(List<T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("nothing to hand out");
    }
    this.values = List.copyOf(values);
  }

  public T next() {
    return values.get((int) Math.floorMod(next.getAndIncrement(), (long) values.size()));
  }
}
