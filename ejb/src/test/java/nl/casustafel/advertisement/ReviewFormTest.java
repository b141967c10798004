package nl.casustafel.advertisement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.report.AgeBand;
import org.junit.jupiter.api.Test;

/** The ketenregisseur's form: the first broken rule names its field; a checked form is stripped. */
class ReviewFormTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private static final Set<String> REGION = Set.of("Hilversum", "Huizen", "Weesp");

  /** A risky review of today in Hilversum, which passes every rule. */
  private static ReviewForm risky() {
    return new ReviewForm(
        "  kinky.nl ",
        TODAY,
        AgeBand.AGE_18_20,
        AdvertiserGender.V,
        Set.of(Indicator.SAME_PHONE_SEVERAL_ADS, Indicator.LOOKS_YOUNGER_THAN_21),
        Optional.of("\u200B Zelfde nummer als in drie andere advertenties. \n"),
        Verdict.RISKY,
        Optional.of("Hilversum"));
  }

  private static ReviewForm with(String website, LocalDate reviewedOn) {
    ReviewForm f = risky();
    return new ReviewForm(
        website,
        reviewedOn,
        f.ageBand(),
        f.gender(),
        f.indicators(),
        f.notes(),
        f.verdict(),
        f.municipality());
  }

  private static ReviewForm with(AgeBand band, AdvertiserGender gender, Verdict verdict) {
    ReviewForm f = risky();
    return new ReviewForm(
        f.website(),
        f.reviewedOn(),
        band,
        gender,
        f.indicators(),
        f.notes(),
        verdict,
        f.municipality());
  }

  private static ReviewForm with(
      Optional<String> notes, Verdict verdict, Optional<String> municipality) {
    ReviewForm f = risky();
    return new ReviewForm(
        f.website(),
        f.reviewedOn(),
        f.ageBand(),
        f.gender(),
        f.indicators(),
        notes,
        verdict,
        municipality);
  }

  private static void refused(String field, ReviewForm form) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> form.check(TODAY, REGION));
    assertTrue(e.getMessage().startsWith(field), e.getMessage());
  }

  @Test
  void theCheckedFormIsStripped() {
    ReviewForm checked = risky().check(TODAY, REGION);

    assertEquals("kinky.nl", checked.website());
    assertEquals(Optional.of("Zelfde nummer als in drie andere advertenties."), checked.notes());
    assertEquals(TODAY, checked.reviewedOn());
    assertEquals(AgeBand.AGE_18_20, checked.ageBand());
    assertEquals(AdvertiserGender.V, checked.gender());
    assertEquals(Verdict.RISKY, checked.verdict());
    assertEquals(Optional.of("Hilversum"), checked.municipality());
    assertEquals(
        Set.of(Indicator.SAME_PHONE_SEVERAL_ADS, Indicator.LOOKS_YOUNGER_THAN_21),
        checked.indicators());
  }

  @Test
  void missingOptionalPartsAreEmptyNotNull() {
    ReviewForm form =
        new ReviewForm(
            "kinky.nl",
            TODAY,
            AgeBand.UNKNOWN,
            AdvertiserGender.ONBEKEND,
            null,
            Optional.of("   "),
            Verdict.NOT_RISKY,
            null);
    ReviewForm checked = form.check(TODAY, REGION);
    assertEquals(Set.of(), checked.indicators());
    assertEquals(Optional.empty(), checked.notes());
    assertEquals(Optional.empty(), checked.municipality());
  }

  @Test
  void theWebsiteHasThreeToAHundredCharacters() {
    refused("website", with(null, TODAY));
    refused("website", with("  ", TODAY));
    refused("website", with("ab", TODAY));
    refused("website", with("a".repeat(101), TODAY));
    assertEquals("a".repeat(100), with("a".repeat(100), TODAY).check(TODAY, REGION).website());
    assertEquals("abc", with("abc", TODAY).check(TODAY, REGION).website());
  }

  @Test
  void theReviewDayIsRequiredAndNotAfterToday() {
    refused("reviewedOn", with("kinky.nl", null));
    refused("reviewedOn", with("kinky.nl", TODAY.plusDays(1)));
    assertEquals(
        TODAY.minusYears(7),
        with("kinky.nl", TODAY.minusYears(7)).check(TODAY, REGION).reviewedOn());
  }

  @Test
  void ageBandGenderAndVerdictAreRequired() {
    refused("ageBand", with(null, AdvertiserGender.V, Verdict.RISKY));
    refused("gender", with(AgeBand.AGE_21_25, null, Verdict.RISKY));
    refused("verdict", with(AgeBand.AGE_21_25, AdvertiserGender.V, null));
  }

  @Test
  void notesHoldAtMostTwoThousandCharacters() {
    String longest = "x".repeat(2000);
    assertEquals(
        Optional.of(longest),
        with(Optional.of(longest), Verdict.RISKY, Optional.of("Weesp"))
            .check(TODAY, REGION)
            .notes());
    refused("notes", with(Optional.of(longest + "x"), Verdict.RISKY, Optional.of("Weesp")));
  }

  @Test
  void theMunicipalityIsOneOfTheRegion() {
    refused("municipality", with(Optional.empty(), Verdict.RISKY, Optional.of("Amsterdam")));
    refused("municipality", with(Optional.empty(), Verdict.NOT_RISKY, Optional.of("Amsterdam")));
    refused("municipality", with(Optional.empty(), Verdict.RISKY, Optional.of("hilversum")));
  }

  @Test
  void aRiskyAdvertisementNeedsTheMunicipalityItIsHandedTo() {
    refused("municipality", with(Optional.empty(), Verdict.RISKY, Optional.empty()));
    refused("municipality", with(Optional.empty(), Verdict.RISKY, Optional.of("  ")));
    for (Verdict notRisky : new Verdict[] {Verdict.NOT_RISKY, Verdict.UNCLEAR}) {
      assertEquals(
          Optional.empty(),
          with(Optional.empty(), notRisky, Optional.empty()).check(TODAY, REGION).municipality());
    }
  }

  @Test
  void theFirstBrokenRuleIsNamed() {
    ReviewForm everythingWrong =
        new ReviewForm(
            "",
            TODAY.plusDays(1),
            null,
            null,
            Set.of(),
            Optional.empty(),
            Verdict.RISKY,
            Optional.empty());
    refused("website", everythingWrong);
  }
}
