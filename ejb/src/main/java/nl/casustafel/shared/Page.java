package nl.casustafel.shared;

import java.util.List;

/** One page of results and the total count the whole (filtered) list has. */
public record Page<T>(List<T> items, long total) {

  public Page {
    items = List.copyOf(items);
  }
}
