package nl.casustafel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NationalityGroupTest {

  private static final List<String> OTHER_MEMBER_STATES =
      List.of(
          "Belgisch",
          "Bulgaars",
          "Cypriotisch",
          "Deens",
          "Duits",
          "Ests",
          "Fins",
          "Frans",
          "Grieks",
          "Hongaars",
          "Iers",
          "Italiaans",
          "Kroatisch",
          "Lets",
          "Litouws",
          "Luxemburgs",
          "Maltees",
          "Oostenrijks",
          "Pools",
          "Portugees",
          "Roemeens",
          "Sloveens",
          "Slowaaks",
          "Spaans",
          "Tsjechisch",
          "Zweeds");

  @Test
  void dutchInAnyCaseWithSpaces() {
    assertEquals(NationalityGroup.DUTCH, NationalityGroup.of("Nederlands"));
    assertEquals(NationalityGroup.DUTCH, NationalityGroup.of("  nederlands "));
    assertEquals(NationalityGroup.DUTCH, NationalityGroup.of("NEDERLANDS"));
  }

  @Test
  void theTwentySixOtherMemberStatesAreEu() {
    assertEquals(26, OTHER_MEMBER_STATES.size());
    OTHER_MEMBER_STATES.forEach(n -> assertEquals(NationalityGroup.EU, NationalityGroup.of(n), n));
  }

  @Test
  void everythingElseIsOutsideTheEu() {
    for (String n : List.of("Oekraïens", "Oekraiens", "Nigeriaans", "Braziliaans", "Brits", "x")) {
      assertEquals(NationalityGroup.NON_EU, NationalityGroup.of(n), n);
    }
  }

  @Test
  void nothingIsUnknown() {
    assertEquals(NationalityGroup.UNKNOWN, NationalityGroup.of(null));
    assertEquals(NationalityGroup.UNKNOWN, NationalityGroup.of(""));
    assertEquals(NationalityGroup.UNKNOWN, NationalityGroup.of(" \t"));
  }
}
