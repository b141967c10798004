package nl.casustafel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureGroupTest {

  private static final Distribution FORMS =
      new Distribution(
          "situations.form",
          List.of(
              new Tally("SEXUAL", 25),
              new Tally("LABOUR", 7),
              new Tally("CRIMINAL", 3),
              new Tally("OTHER", 1)));

  @Test
  void tablesOfOnePopulationShareTheTotal() {
    Distribution places =
        new Distribution(
            "situations.municipality",
            List.of(new Tally("Hilversum", 20), new Tally("Huizen", 16)));

    FigureGroup group = new FigureGroup("situations", List.of(FORMS, places));

    assertEquals(36, FORMS.total());
    assertEquals(36, group.total());
  }

  @Test
  void tablesWithDifferentTotalsAreRefused() {
    Distribution places =
        new Distribution("situations.municipality", List.of(new Tally("Hilversum", 35)));

    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> new FigureGroup("situations", List.of(FORMS, places)));
    assertTrue(refused.getMessage().contains("situations.municipality 35"), refused.getMessage());
  }

  @Test
  void aGroupNeedsATable() {
    assertThrows(IllegalArgumentException.class, () -> new FigureGroup("situations", List.of()));
  }

  @Test
  void aCodeCountedTwiceOrANegativeCountIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Distribution("t", List.of(new Tally("A", 1), new Tally("A", 2))));
    assertThrows(IllegalArgumentException.class, () -> new Tally("A", -1));
    assertThrows(IllegalArgumentException.class, () -> new Tally(" ", 1));
  }

  @Test
  void anEmptyTableCountsNothing() {
    assertEquals(0, new Distribution("t", List.of()).total());
  }
}
