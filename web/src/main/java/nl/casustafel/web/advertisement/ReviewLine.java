package nl.casustafel.web.advertisement;

import java.io.Serializable;
import java.util.stream.Collectors;
import nl.casustafel.advertisement.HandoverStep;
import nl.casustafel.advertisement.ReviewRow;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.web.casefile.Texts;

/**
 * A review as a page lists it, in the user's words: day (Amsterdam, dd-mm-yyyy), website, the
 * advertiser's age band and gender, the indicators, notes, verdict, municipality and the steps it
 * went through.
 */
public record ReviewLine(
    long id,
    String day,
    String website,
    String advertiser,
    String indicators,
    String notes,
    String verdict,
    String municipality,
    String steps,
    boolean mayEnrich,
    boolean mayForward)
    implements Serializable {

  static ReviewLine of(ReviewRow r) {
    return new ReviewLine(
        r.id(),
        AmsterdamTime.DATE.format(r.reviewedOn()),
        r.website(),
        Texts.get("ads.age." + r.ageBand()) + ", " + Texts.get("ads.gender." + r.gender()),
        r.indicators().stream()
            .map(i -> Texts.get("ads.indicator." + i))
            .collect(Collectors.joining("; ")),
        r.notes().orElse(""),
        Texts.get("ads.verdict." + r.verdict()),
        r.municipality().orElse(""),
        r.steps().stream()
            .map(s -> Texts.get("ads.step." + s.step()) + s.note().map(n -> ": " + n).orElse(""))
            .collect(Collectors.joining(" · ")),
        r.mayTake(HandoverStep.ENRICHED),
        r.mayTake(HandoverStep.TO_POLICE));
  }

  public long getId() {
    return id;
  }

  public String getDay() {
    return day;
  }

  public String getWebsite() {
    return website;
  }

  public String getAdvertiser() {
    return advertiser;
  }

  public String getIndicators() {
    return indicators;
  }

  public String getNotes() {
    return notes;
  }

  public String getVerdict() {
    return verdict;
  }

  public String getMunicipality() {
    return municipality;
  }

  public String getSteps() {
    return steps;
  }

  public boolean isMayEnrich() {
    return mayEnrich;
  }

  public boolean isMayForward() {
    return mayForward;
  }
}
