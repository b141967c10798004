package nl.casustafel.covenant.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.MembershipRole;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.covenant.version.CovenantChange.Kind;

/**
 * Over random terms drawn from small sets (so that two draws are often alike): the diff sees every
 * difference and nothing else, and reads the same backwards.
 */
class TermsDiffPropertiesTest {

  private static final List<String> NUMBERS = List.of("art. 3", "art. 5", "art. 5.3", "art. 7");
  private static final List<String> PARTNERS =
      List.of(Demo.ZVH, Demo.POLITIE, Demo.VEILIG_THUIS, Demo.KWINTES);
  private static final List<GrantTerms.Cell> CELLS = cells();

  @Property
  boolean termsDifferFromThemselvesInNothing(@ForAll("terms") CovenantTerms terms) {
    CovenantTerms copy =
        new CovenantTerms(
            terms.title(), terms.retentionMonths(), terms.articles(), terms.memberships());
    return TermsDiff.between(terms, terms).isEmpty() && TermsDiff.between(terms, copy).isEmpty();
  }

  @Property
  boolean theDiffIsEmptyExactlyWhenTheTermsAreEqual(
      @ForAll("terms") CovenantTerms one, @ForAll("terms") CovenantTerms other) {
    return TermsDiff.between(one, other).isEmpty() == one.equals(other);
  }

  @Property(tries = 2000)
  boolean oneEditIsSeenUnlessItChangesNothing(
      @ForAll("terms") CovenantTerms terms, @ForAll Random random) {
    CovenantTerms edited = Edits.apply(terms, random, NUMBERS);
    List<CovenantChange> changes = TermsDiff.between(terms, edited);
    return changes.isEmpty() == terms.equals(edited)
        && TermsDiff.between(edited, terms).size() == changes.size();
  }

  @Property
  boolean backwardsEveryGainIsALossAndEveryChangeSwapsBeforeAndAfter(
      @ForAll("terms") CovenantTerms one, @ForAll("terms") CovenantTerms other) {
    List<CovenantChange> forwards = TermsDiff.between(one, other);
    List<CovenantChange> backwards = TermsDiff.between(other, one);
    return backwards.equals(forwards.stream().map(TermsDiffPropertiesTest::inverse).toList());
  }

  @Property
  boolean everyGrantGainedOrLostIsCountedOnce(
      @ForAll("terms") CovenantTerms one, @ForAll("terms") CovenantTerms other) {
    List<CovenantChange> changes = TermsDiff.between(one, other);
    return count(changes, Kind.GRANT_GAINED) == cellsOnlyIn(other, one)
        && count(changes, Kind.GRANT_LOST) == cellsOnlyIn(one, other);
  }

  private static long count(List<CovenantChange> changes, Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).count();
  }

  /** Partner-and-cell pairs with a grant in {@code these} and none in {@code those}. */
  private static long cellsOnlyIn(CovenantTerms these, CovenantTerms those) {
    Set<String> theirs = partnerCells(those);
    return partnerCells(these).stream().filter(c -> !theirs.contains(c)).count();
  }

  private static Set<String> partnerCells(CovenantTerms terms) {
    return terms.memberships().entrySet().stream()
        .flatMap(e -> e.getValue().grants().stream().map(g -> e.getKey() + " " + g.cell()))
        .collect(Collectors.toSet());
  }

  private static CovenantChange inverse(CovenantChange change) {
    Kind kind =
        switch (change.kind()) {
          case ARTICLE_ADDED -> Kind.ARTICLE_REMOVED;
          case ARTICLE_REMOVED -> Kind.ARTICLE_ADDED;
          case PARTNER_JOINED -> Kind.PARTNER_LEFT;
          case PARTNER_LEFT -> Kind.PARTNER_JOINED;
          case GRANT_GAINED -> Kind.GRANT_LOST;
          case GRANT_LOST -> Kind.GRANT_GAINED;
          default -> change.kind();
        };
    return new CovenantChange(
        kind,
        change.partner(),
        change.category(),
        change.direction(),
        change.purpose(),
        change.article(),
        change.after(),
        change.before());
  }

  @Provide
  Arbitrary<CovenantTerms> terms() {
    Arbitrary<String> titles = Arbitraries.of("Convenant", "Convenant 2027").injectNull(0.1);
    Arbitrary<SortedMap<String, String>> articles =
        Arbitraries.maps(
                Arbitraries.of(NUMBERS), Arbitraries.of("Tekst.", "Andere tekst.").injectNull(0.1))
            .ofMaxSize(NUMBERS.size())
            .map(TreeMap::new);
    Arbitrary<SortedMap<String, MembershipTerms>> memberships =
        Arbitraries.maps(Arbitraries.of(PARTNERS), memberships())
            .ofMaxSize(PARTNERS.size())
            .map(TreeMap::new);
    return Combinators.combine(titles, Arbitraries.of(12, 24), articles, memberships)
        .as(CovenantTerms::new);
  }

  private Arbitrary<MembershipTerms> memberships() {
    Arbitrary<String[]> articleAndGround =
        Combinators.combine(
                Arbitraries.of(NUMBERS).injectNull(0.1),
                Arbitraries.of("Grond.", "Andere grond.").injectNull(0.5))
            .as((article, ground) -> new String[] {article, ground});
    Arbitrary<Set<GrantTerms>> grants =
        Arbitraries.maps(Arbitraries.of(CELLS), articleAndGround)
            .ofMaxSize(6)
            .map(TermsDiffPropertiesTest::grants);
    return Combinators.combine(
            Arbitraries.of(MembershipRole.class), Arbitraries.of(NUMBERS).injectNull(0.3), grants)
        .as(MembershipTerms::new);
  }

  private static Set<GrantTerms> grants(Map<GrantTerms.Cell, String[]> cells) {
    return cells.entrySet().stream()
        .map(
            e ->
                new GrantTerms(
                    e.getKey().category(),
                    e.getKey().direction(),
                    e.getKey().purpose(),
                    e.getValue()[0],
                    e.getValue()[1]))
        .collect(Collectors.toSet());
  }

  /** Three categories, both directions, two purposes: small enough for frequent overlap. */
  private static List<GrantTerms.Cell> cells() {
    List<GrantTerms.Cell> cells = new ArrayList<>();
    for (DataCategory category :
        List.of(DataCategory.CONTACT, DataCategory.HEALTH, DataCategory.JUSTICE)) {
      for (Direction direction : Direction.values()) {
        for (Purpose purpose : List.of(Purpose.CASE_CONFERENCE, Purpose.CARE_COORDINATION)) {
          cells.add(new GrantTerms.Cell(category, direction, purpose));
        }
      }
    }
    return cells;
  }
}
