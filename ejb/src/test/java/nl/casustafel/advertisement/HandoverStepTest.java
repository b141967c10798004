package nl.casustafel.advertisement;

import static nl.casustafel.advertisement.HandoverStep.ENRICHED;
import static nl.casustafel.advertisement.HandoverStep.TO_MUNICIPALITY;
import static nl.casustafel.advertisement.HandoverStep.TO_POLICE;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A review's way: to the municipality once, first; enriched by it any number of times; to the
 * police at most once, and then nothing more.
 */
class HandoverStepTest {

  /** The allowed ways, one letter per step (M, E, P), independent of the production switch. */
  private static final Pattern WAY = Pattern.compile("(ME*P?)?");

  @Test
  void theFirstStepIsToTheMunicipality() {
    assertTrue(TO_MUNICIPALITY.mayFollow(List.of()));
    assertFalse(ENRICHED.mayFollow(List.of()));
    assertFalse(TO_POLICE.mayFollow(List.of()));
  }

  @Test
  void aReviewGoesToTheMunicipalityOnlyOnce() {
    assertFalse(TO_MUNICIPALITY.mayFollow(List.of(TO_MUNICIPALITY)));
    assertFalse(TO_MUNICIPALITY.mayFollow(List.of(TO_MUNICIPALITY, ENRICHED)));
    assertFalse(TO_MUNICIPALITY.mayFollow(List.of(TO_MUNICIPALITY, TO_POLICE)));
  }

  @Test
  void theMunicipalityEnrichesAsOftenAsItLikesUntilThePoliceHaveIt() {
    assertTrue(ENRICHED.mayFollow(List.of(TO_MUNICIPALITY)));
    assertTrue(ENRICHED.mayFollow(List.of(TO_MUNICIPALITY, ENRICHED, ENRICHED)));
    assertFalse(ENRICHED.mayFollow(List.of(TO_MUNICIPALITY, TO_POLICE)));
    assertFalse(ENRICHED.mayFollow(List.of(TO_MUNICIPALITY, ENRICHED, TO_POLICE)));
  }

  @Test
  void thePoliceGetItOnceAfterTheMunicipalityWithOrWithoutEnrichment() {
    assertTrue(TO_POLICE.mayFollow(List.of(TO_MUNICIPALITY)));
    assertTrue(TO_POLICE.mayFollow(List.of(TO_MUNICIPALITY, ENRICHED)));
    assertFalse(TO_POLICE.mayFollow(List.of(TO_MUNICIPALITY, TO_POLICE)));
    assertFalse(TO_POLICE.mayFollow(List.of(TO_MUNICIPALITY, ENRICHED, TO_POLICE)));
  }

  /** After any allowed way so far, a step may follow exactly when the longer way is allowed. */
  @Property(tries = 500)
  boolean aStepMayFollowExactlyWhenTheLongerWayIsAllowed(
      @ForAll("allowedWays") List<HandoverStep> taken, @ForAll HandoverStep next) {
    List<HandoverStep> longer = new ArrayList<>(taken);
    longer.add(next);
    return WAY.matcher(letters(taken)).matches()
        && next.mayFollow(taken) == WAY.matcher(letters(longer)).matches();
  }

  /** Nothing yet, or to the municipality, enriched 0 to 4 times, perhaps to the police. */
  @Provide
  Arbitrary<List<HandoverStep>> allowedWays() {
    Arbitrary<List<HandoverStep>> started =
        Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.of(true, false))
            .as(
                (enriched, police) -> {
                  List<HandoverStep> way = new ArrayList<>();
                  way.add(TO_MUNICIPALITY);
                  way.addAll(Collections.nCopies(enriched, ENRICHED));
                  if (police) {
                    way.add(TO_POLICE);
                  }
                  return way;
                });
    return Arbitraries.oneOf(Arbitraries.just(List.of()), started);
  }

  private static String letters(List<HandoverStep> way) {
    return way.stream()
        .map(s -> s == TO_MUNICIPALITY ? "M" : s == ENRICHED ? "E" : "P")
        .collect(Collectors.joining());
  }
}
