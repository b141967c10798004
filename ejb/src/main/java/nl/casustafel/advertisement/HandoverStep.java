package nl.casustafel.advertisement;

/**
 * A step in a review's way: the ketenregisseur hands a risky review to the municipality where the
 * advertisement was placed; the municipality enriches it (its own information, e.g. from an
 * enforcement visit) and may forward it to the police.
 */
public enum HandoverStep {
  TO_MUNICIPALITY,
  ENRICHED,
  TO_POLICE;

  /** Whether this step may follow the steps taken so far (in order; enriching may repeat). */
  public boolean mayFollow(java.util.List<HandoverStep> taken) {
    return switch (this) {
      case TO_MUNICIPALITY -> taken.isEmpty();
      case ENRICHED -> taken.contains(TO_MUNICIPALITY) && !taken.contains(TO_POLICE);
      case TO_POLICE -> taken.contains(TO_MUNICIPALITY) && !taken.contains(TO_POLICE);
    };
  }
}
