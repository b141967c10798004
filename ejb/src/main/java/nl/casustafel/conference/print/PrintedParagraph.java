package nl.casustafel.conference.print;

import java.util.Objects;

/**
 * A paragraph of the minutes of one agenda item that the partner may read.
 *
 * @param category its data category's label (e.g. "Zorggegevens")
 * @param text the paragraph as written
 */
public record PrintedParagraph(String category, String text) {

  public PrintedParagraph {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(text, "text");
  }
}
