package nl.casustafel.advertisement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.report.AgeBand;

/**
 * A review as a list shows it, with its hand-overs in order. No person is named in it.
 *
 * @param reviewedOn an Amsterdam day
 */
public record ReviewRow(
    long id,
    String website,
    LocalDate reviewedOn,
    AgeBand ageBand,
    AdvertiserGender gender,
    Set<Indicator> indicators,
    Optional<String> notes,
    Verdict verdict,
    Optional<String> municipality,
    List<Step> steps) {

  /**
   * One hand-over.
   *
   * @param at the UTC instant
   */
  public record Step(HandoverStep step, String to, Optional<String> note, java.time.Instant at) {}

  /** Whether {@code step} may be taken next. */
  public boolean mayTake(HandoverStep step) {
    return step.mayFollow(steps.stream().map(Step::step).toList());
  }
}
