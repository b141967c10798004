package nl.casustafel.advertisement;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.report.AgeBand;
import nl.casustafel.shared.RequiredText;

/**
 * What the ketenregisseur enters for one advertisement. {@link #check} gives the first rule it
 * breaks, as an {@link IllegalArgumentException} whose message starts with the field's name.
 *
 * @param reviewedOn the Amsterdam day of the review, not after today
 * @param municipality where the advertisement was placed: required for a risky one (it is handed to
 *     that municipality), one of the region's
 */
public record ReviewForm(
    String website,
    LocalDate reviewedOn,
    AgeBand ageBand,
    AdvertiserGender gender,
    Set<Indicator> indicators,
    Optional<String> notes,
    Verdict verdict,
    Optional<String> municipality) {

  public static final RequiredText WEBSITE = new RequiredText("website", 3, 100);
  public static final RequiredText NOTES = new RequiredText("notes", 1, 2000);

  public ReviewForm {
    indicators = indicators == null ? Set.of() : Set.copyOf(indicators);
    notes = notes == null ? Optional.empty() : notes.filter(n -> !n.isBlank());
    municipality = municipality == null ? Optional.empty() : municipality.filter(m -> !m.isBlank());
  }

  /**
   * This form, checked against the day and the region.
   *
   * @throws IllegalArgumentException naming the first field that breaks a rule
   */
  public ReviewForm check(LocalDate today, Set<String> region) {
    String site = WEBSITE.check(website);
    if (reviewedOn == null || reviewedOn.isAfter(today)) {
      throw new IllegalArgumentException("reviewedOn: a review day is required, not after today.");
    }
    required(ageBand, "ageBand: the advertiser's age band is required.");
    required(gender, "gender: the advertiser's gender is required.");
    required(verdict, "verdict: a verdict is required.");
    Optional<String> text = notes.map(NOTES::check);
    if (municipality.isPresent() && !region.contains(municipality.get())) {
      throw new IllegalArgumentException("municipality: not a municipality of the region.");
    }
    if (verdict == Verdict.RISKY && municipality.isEmpty()) {
      throw new IllegalArgumentException(
          "municipality: a risky advertisement needs the municipality it is handed to.");
    }
    return new ReviewForm(
        site, reviewedOn, ageBand, gender, indicators, text, verdict, municipality);
  }

  private static void required(Object value, String message) {
    if (value == null) {
      throw new IllegalArgumentException(message);
    }
  }
}
