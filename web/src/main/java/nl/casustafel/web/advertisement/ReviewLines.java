package nl.casustafel.web.advertisement;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.casustafel.advertisement.ReviewRow;

/**
 * Reviews on a page with a note field per review (what a receiver adds when enriching or forwarding
 * one): the notes are kept by review id, so a row's field survives the post.
 */
public class ReviewLines implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<ReviewLine> lines;
  private final Map<Long, String> notes = new HashMap<>();

  public ReviewLines(List<ReviewRow> rows) {
    this.lines = rows.stream().map(ReviewLine::of).toList();
  }

  /** The typed note of a review, or null. */
  public String note(long reviewId) {
    return notes.get(reviewId);
  }

  public List<ReviewLine> getLines() {
    return lines;
  }

  /** The notes by review id (bound as {@code #{view.handed.notes[line.id]}}). */
  public Map<Long, String> getNotes() {
    return notes;
  }
}
