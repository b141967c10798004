package nl.casustafel.covenant;

import java.util.Optional;

/** A category of personal data (gegevenscategorie); every piece of case information has one. */
public enum DataCategory {
  IDENTIFYING,
  CONTACT,
  SOCIAL,
  /** Special category: health (AVG art. 9). */
  HEALTH,
  /** Criminal-law data (AVG art. 10). */
  JUSTICE,
  SAFETY,
  VICTIM_STATUS;

  /** The AVG article that makes receiving this category exceptional, if any. */
  public Optional<String> specialArticle() {
    return switch (this) {
      case HEALTH -> Optional.of("AVG art. 9");
      case JUSTICE -> Optional.of("AVG art. 10");
      default -> Optional.empty();
    };
  }
}
