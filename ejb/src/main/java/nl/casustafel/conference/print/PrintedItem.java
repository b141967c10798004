package nl.casustafel.conference.print;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An agenda item as one partner's copy shows it.
 *
 * @param position the item's number on the agenda, from 1
 * @param plannedStart when the item is planned to start (UTC; printed in Amsterdam time)
 * @param timebox the time set for it, printed in whole minutes
 * @param visible the case, or empty when the partner may not see it (then nothing of it is printed)
 */
public record PrintedItem(
    int position, Instant plannedStart, Duration timebox, Optional<VisibleCase> visible) {

  public PrintedItem {
    Objects.requireNonNull(plannedStart, "plannedStart");
    Objects.requireNonNull(visible, "visible");
    if (position < 1) {
      throw new IllegalArgumentException("position must be 1 or more: " + position);
    }
    if (timebox.isNegative()) {
      throw new IllegalArgumentException("timebox must not be negative: " + timebox);
    }
  }
}
