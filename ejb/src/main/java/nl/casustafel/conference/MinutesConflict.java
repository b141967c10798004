package nl.casustafel.conference;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the paragraph after the writer opened it: nothing was stored. The writer reads
 * the paragraph again (through the decision point, as any read) and saves a merge of both texts on
 * the current version. The API answers 409.
 */
@ApplicationException(rollback = true)
public class MinutesConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long paragraph;
  private final String storedBy;
  private final long storedVersion;

  public MinutesConflict(long paragraph, String storedBy, long storedVersion) {
    super(
        "paragraph "
            + paragraph
            + " was saved by someone else meanwhile (now version "
            + storedVersion
            + "): read it again and merge.");
    this.paragraph = paragraph;
    this.storedBy = storedBy;
    this.storedVersion = storedVersion;
  }

  public long paragraph() {
    return paragraph;
  }

  /** Who saved the version stored now (a staff member's user name, not a client). */
  public String storedBy() {
    return storedBy;
  }

  public long storedVersion() {
    return storedVersion;
  }
}
