package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.casustafel.registry.DuplicateScore.Match;
import nl.casustafel.registry.DuplicateScore.Ranked;
import nl.casustafel.registry.DuplicateScore.Reason;
import org.junit.jupiter.api.Test;

/** Likely duplicates: same BSN index, or a similar name with the same (or a missing) birth date. */
class DuplicateScoreTest {

  private static final LocalDate BORN = LocalDate.of(1994, 3, 17);
  private static final LocalDate OTHER_DAY = LocalDate.of(1994, 3, 18);

  @Test
  void extraWhitespaceIsTheSameName() {
    Match match = only(PersonKey.of("Anna de Vries", BORN), PersonKey.of("Anna  de  Vries", BORN));
    assertEquals(new Match(1.0, Reason.SIMILAR_NAME_SAME_BIRTH_DATE), match);
  }

  @Test
  void aOneLetterTypoWithTheSameBirthDateIsLikelyTheSamePerson() {
    Match match = only(PersonKey.of("Anna de Vries", BORN), PersonKey.of("Ana de Vries", BORN));
    assertEquals(Reason.SIMILAR_NAME_SAME_BIRTH_DATE, match.reason());
    assertTrue(match.score() >= 0.92 && match.score() < 1.0, "score " + match.score());
  }

  @Test
  void surnameFirstWithACommaIsTheSameName() {
    Match match = only(PersonKey.of("Jansen, Piet", BORN), PersonKey.of("Piet Jansen", BORN));
    assertEquals(1.0, match.score());
  }

  @Test
  void diacriticsAndTussenvoegselsDoNotMatter() {
    assertEquals(1.0, only(PersonKey.of("Zoë", BORN), PersonKey.of("Zoe", BORN)).score());
    assertEquals(
        1.0, only(PersonKey.of("Zoë van der Berg", BORN), PersonKey.of("Zoe Berg", BORN)).score());
    assertEquals(
        1.0, only(PersonKey.of("Şükrü Yılmaz", BORN), PersonKey.of("SUKRU YILMAZ", BORN)).score());
  }

  @Test
  void transliterationsOfForeignNamesAreProposedWithTheSameBirthDate() {
    assertTrue(
        DuplicateScore.match(
                PersonKey.of("Mohammed El Amrani", BORN), PersonKey.of("Mohamed El Amrani", BORN))
            .isPresent());
    assertTrue(
        DuplicateScore.match(
                PersonKey.of("Ioana Popescu", BORN), PersonKey.of("Ioana Popesku", BORN))
            .isPresent());
  }

  @Test
  void aDifferentBirthDateIsAnotherPersonEvenWithTheSameName() {
    assertEquals(
        Optional.empty(),
        DuplicateScore.match(
            PersonKey.of("Anna de Vries", BORN), PersonKey.of("Anna de Vries", OTHER_DAY)));
  }

  @Test
  void differentNamesAreNoDuplicateEvenOnTheSameDay() {
    assertEquals(
        Optional.empty(),
        DuplicateScore.match(
            PersonKey.of("Jan de Vries", BORN), PersonKey.of("Piet de Vries", BORN)));
    assertEquals(
        Optional.empty(),
        DuplicateScore.match(
            PersonKey.of("Anna de Vries", BORN), PersonKey.of("Anna Bakker", BORN)));
  }

  @Test
  void withoutABirthDateTheNameMustBeAlmostEqual() {
    Match same = only(PersonKey.named("Piet Jansen"), PersonKey.of("Jansen, Piet", BORN));
    assertEquals(new Match(1.0, Reason.SIMILAR_NAME_NO_BIRTH_DATE), same);
    assertTrue(
        DuplicateScore.match(PersonKey.named("Piet Jansen"), PersonKey.named("Pieter Jansen"))
            .isEmpty(),
        "0.92 <= similarity < 0.97 is not enough without a birth date");
    assertTrue(
        DuplicateScore.match(PersonKey.of("Piet Jansen", BORN), PersonKey.of("Pieter Jansen", BORN))
            .isPresent(),
        "but it is with the same birth date");
  }

  @Test
  void theSameBsnIndexIsTheSamePersonWhateverTheName() {
    PersonKey registered = PersonKey.of("Anna de Vries", BORN).withBsnIndex("bi-1");
    PersonKey married = PersonKey.of("Anna Bakker", OTHER_DAY).withBsnIndex("bi-1");
    assertEquals(new Match(1.0, Reason.SAME_BSN), only(registered, married));
  }

  @Test
  void differentBsnIndexesAreDifferentPeopleWhateverTheName() {
    PersonKey one = PersonKey.of("Anna de Vries", BORN).withBsnIndex("bi-1");
    PersonKey two = PersonKey.of("Anna de Vries", BORN).withBsnIndex("bi-2");
    assertEquals(Optional.empty(), DuplicateScore.match(one, two));
  }

  @Test
  void aBsnOnOneSideOnlyFallsBackToNameAndBirthDate() {
    PersonKey withBsn = PersonKey.of("Anna de Vries", BORN).withBsnIndex("bi-1");
    assertEquals(
        Reason.SIMILAR_NAME_SAME_BIRTH_DATE,
        only(withBsn, PersonKey.of("Anna de Vries", BORN)).reason());
  }

  @Test
  void aNameWithoutWordsMatchesNothing() {
    assertTrue(DuplicateScore.match(PersonKey.of("", BORN), PersonKey.of("", BORN)).isEmpty());
    assertTrue(
        DuplicateScore.match(PersonKey.of("van der", BORN), PersonKey.of("van der", BORN))
            .isEmpty());
  }

  @Test
  void rankPutsTheMostLikelyFirstAndLeavesOutTheRest() {
    PersonKey newcomer = PersonKey.of("Anna de Vries", BORN).withBsnIndex("bi-1");
    PersonKey typo = PersonKey.of("Ana de Vries", BORN);
    PersonKey sameBsn = PersonKey.of("A. Bakker", OTHER_DAY).withBsnIndex("bi-1");
    PersonKey exact = PersonKey.named("Vries, Anna de");
    PersonKey stranger = PersonKey.of("Piet Jansen", BORN);
    PersonKey otherBirthDay = PersonKey.of("Anna de Vries", OTHER_DAY);

    List<Ranked<PersonKey>> ranked =
        DuplicateScore.rank(newcomer, List.of(stranger, typo, exact, otherBirthDay, sameBsn));

    assertEquals(List.of(sameBsn, exact, typo), ranked.stream().map(Ranked::candidate).toList());
    assertEquals(
        List.of(
            Reason.SAME_BSN,
            Reason.SIMILAR_NAME_NO_BIRTH_DATE,
            Reason.SIMILAR_NAME_SAME_BIRTH_DATE),
        ranked.stream().map(r -> r.match().reason()).toList());
  }

  @Test
  void rankMapsAnyCandidateTypeThroughItsKey() {
    record Client(long id, PersonKey key) {}
    List<Client> registry =
        List.of(
            new Client(1, PersonKey.of("Piet Jansen", BORN)),
            new Client(2, PersonKey.of("Jansen, Piet", BORN)));
    List<Ranked<Client>> ranked =
        DuplicateScore.rank(PersonKey.of("piet jansen", BORN), registry, Client::key);
    assertEquals(List.of(1L, 2L), ranked.stream().map(r -> r.candidate().id()).toList());
  }

  @Test
  void personalDataStayOutOfToString() {
    PersonKey key = PersonKey.of("Anna de Vries", BORN).withBsnIndex("bi-1");
    assertEquals("PersonKey[***]", key.toString());
  }

  @Property
  void theScoreIsSymmetric(@ForAll("names") String a, @ForAll("names") String b) {
    assertEquals(
        DuplicateScore.match(PersonKey.of(a, BORN), PersonKey.of(b, BORN)),
        DuplicateScore.match(PersonKey.of(b, BORN), PersonKey.of(a, BORN)));
  }

  @Property
  void wordOrderCaseAndSpacingNeverMatter(@ForAll("names") String name, @ForAll long seed) {
    Assume.that(!ComparableName.of(name).isEmpty()); // Tussenvoegsels alone match nothing.
    List<String> words = new ArrayList<>(List.of(name.split(" ")));
    Collections.shuffle(words, new Random(seed));
    String reordered = "  " + String.join("   ", words).toUpperCase(java.util.Locale.ROOT) + " ";
    assertEquals(
        Optional.of(new Match(1.0, Reason.SIMILAR_NAME_SAME_BIRTH_DATE)),
        DuplicateScore.match(PersonKey.of(name, BORN), PersonKey.of(reordered, BORN)));
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> word =
        Arbitraries.of(
            "Anna",
            "Ana",
            "Piet",
            "Pieter",
            "Jansen",
            "Janssen",
            "de",
            "van",
            "der",
            "Vries",
            "Zoë",
            "Zoe",
            "Mohammed",
            "Mohamed",
            "El",
            "Amrani",
            "Ioana",
            "Popescu",
            "Nowak",
            "Wojciech",
            "Yılmaz",
            "Şükrü",
            "Berg");
    return word.list().ofMinSize(1).ofMaxSize(4).map(words -> String.join(" ", words));
  }

  private static Match only(PersonKey a, PersonKey b) {
    return DuplicateScore.match(a, b).orElseThrow(() -> new AssertionError("no match"));
  }
}
