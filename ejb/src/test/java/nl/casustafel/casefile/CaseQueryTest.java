package nl.casustafel.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CaseQueryTest {

  private static final CaseQuery.Person DARIA =
      new CaseQuery.Person(
          "Daria Petrova", Optional.of(LocalDate.of(2001, 3, 14)), Optional.of("bi-daria"));

  /** A fake index: 111222333 is "valid", anything else fails the elfproef. */
  private static final Function<String, Optional<String>> INDEX =
      digits -> digits.equals("111222333") ? Optional.of("bi-daria") : Optional.empty();

  private static boolean finds(String text, Optional<CaseQuery.Person> person) {
    return CaseQuery.parse(text, INDEX).matches("MH-2026-001", () -> person);
  }

  @Test
  void aReferenceFragmentMatchesWhateverIsShownOfThePerson() {
    assertTrue(finds("mh-2026", Optional.empty()));
    assertTrue(finds("  001 ", Optional.empty()));
    assertFalse(finds("MH-2027", Optional.of(DARIA)));
  }

  @Test
  void anEmptyTextMatchesEveryCase() {
    assertTrue(finds("", Optional.empty()));
    assertTrue(finds("   ", Optional.empty()));
  }

  @Test
  void aNameFragmentMatchesOnlyWhereTheNameIsShown() {
    assertTrue(finds("petrov", Optional.of(DARIA)));
    assertTrue(finds("DARIA P", Optional.of(DARIA)));
    assertFalse(finds("petrov", Optional.empty()));
  }

  @Test
  void aDateOfBirthMatchesExactlyInBothForms() {
    assertTrue(finds("14-03-2001", Optional.of(DARIA)));
    assertTrue(finds("2001-03-14", Optional.of(DARIA)));
    assertFalse(finds("15-03-2001", Optional.of(DARIA)));
    assertFalse(finds("14-03-2001", Optional.empty()), "birth date is IDENTIFYING");
  }

  @Test
  void anImpossibleDateIsNoDate() {
    assertEquals(Optional.empty(), CaseQuery.parse("31-02-2001", INDEX).dateOfBirth());
    assertEquals(Optional.empty(), CaseQuery.parse("2001-3-14", INDEX).dateOfBirth());
    assertEquals(
        Optional.of(LocalDate.of(2000, 2, 29)), CaseQuery.parse("29-02-2000", INDEX).dateOfBirth());
  }

  @Test
  void aBsnMatchesByItsBlindIndexOnlyWhereIdentifyingIsShown() {
    assertTrue(finds("111222333", Optional.of(DARIA)));
    assertFalse(finds("111222333", Optional.empty()));
    CaseQuery.Person other =
        new CaseQuery.Person("X", Optional.empty(), Optional.of("bi-someone-else"));
    assertFalse(finds("111222333", Optional.of(other)));
  }

  @Test
  void theIndexIsAskedOnceAndOnlyForNineDigits() {
    List<String> asked = new ArrayList<>();
    Function<String, Optional<String>> counting =
        digits -> {
          asked.add(digits);
          return INDEX.apply(digits);
        };
    CaseQuery.parse("Petrova", counting);
    CaseQuery.parse("12345678", counting);
    CaseQuery.parse("1234567890", counting);
    CaseQuery query = CaseQuery.parse(" 111222333 ", counting);
    assertEquals(List.of("111222333"), asked);
    assertEquals(Optional.of("bi-daria"), query.bsnIndex());
  }

  @Test
  void nineDigitsThatAreNoBsnStillMatchAsAFragment() {
    CaseQuery query = CaseQuery.parse("123456789", INDEX);
    assertEquals(Optional.empty(), query.bsnIndex());
    assertTrue(query.matches("X-123456789", Optional::empty));
    assertFalse(query.matches("MH-2026-001", () -> Optional.of(DARIA)));
  }

  @Test
  void theClientIsNotAskedForWhenTheReferenceMatches() {
    CaseQuery query = CaseQuery.parse("MH-2026", INDEX);

    assertTrue(
        query.matches(
            "MH-2026-001",
            () -> {
              throw new AssertionError("no decision needed for a matching reference");
            }));
  }

  @Test
  void neitherTheQueryNorThePersonShowTheirDataInText() {
    assertFalse(CaseQuery.parse("111222333", INDEX).toString().contains("111"));
    assertFalse(DARIA.toString().contains("Daria"));
  }
}
