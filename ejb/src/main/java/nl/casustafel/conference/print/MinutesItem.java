package nl.casustafel.conference.print;

import java.util.List;
import java.util.Objects;

/**
 * An agenda item of the minutes as one partner's copy shows it.
 *
 * @param item the item; when its case is not visible, nothing else may be given
 * @param paragraphs the paragraphs the partner may read, in order
 * @param withheld how many paragraphs of this item the partner may not read (0 or more)
 * @throws IllegalArgumentException when a hidden item has paragraphs or a withheld count, or the
 *     count is negative
 */
public record MinutesItem(PrintedItem item, List<PrintedParagraph> paragraphs, int withheld) {

  public MinutesItem {
    Objects.requireNonNull(item, "item");
    paragraphs = List.copyOf(paragraphs);
    if (withheld < 0) {
      throw new IllegalArgumentException("withheld must not be negative: " + withheld);
    }
    if (item.visible().isEmpty() && (!paragraphs.isEmpty() || withheld > 0)) {
      throw new IllegalArgumentException("a hidden item has no paragraphs: " + item.position());
    }
  }
}
