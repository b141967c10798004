package nl.casustafel.report.suppression;

import static nl.casustafel.report.suppression.Groups.group;
import static nl.casustafel.report.suppression.Groups.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import nl.casustafel.report.Distribution;
import nl.casustafel.report.FigureGroup;
import nl.casustafel.report.Period;
import nl.casustafel.report.ProgressFigures;
import nl.casustafel.report.Tally;
import org.junit.jupiter.api.Test;

/** The rules on examples worked out by hand; k = 5 unless said otherwise. */
class SmallCellSuppressionTest {

  private static final SmallCellSuppression FIVE = new SmallCellSuppression(5);

  @Test
  void theEvaluationOf2019ShowsItsBigFiguresAndHidesTheSmallOnes() {
    // 36 situations: 25 sexual, 7 labour, 3 criminal, 1 other. 3 + 1 = 4 leaves two cells "< 5"
    // that add up to 4: each can be 0 to 4, so neither is known and nothing more is withheld.
    PublishedGroup published = FIVE.apply(group(new long[] {25, 7, 3, 1}));

    assertEquals(List.of("25", "7", "< 5", "< 5"), shown(published.tables().get(0)));
    assertEquals(new Figure.Exact(36), published.total());
  }

  @Test
  void oneSmallCellNextToATotalIsWithheldWithTheSmallestShownCount() {
    // 33 − 30 = 3: the 30 must go too. Then "×" is 29 to 33 and "< 5" 0 to 4.
    PublishedGroup published = FIVE.apply(group(new long[] {30, 3}));

    assertEquals(List.of("×", "< 5"), shown(published.tables().get(0)));
    assertEquals(new Figure.Exact(33), published.total());
  }

  @Test
  void theSmallestShownCountIsWithheldNotTheLargest() {
    PublishedGroup published = FIVE.apply(group(new long[] {20, 2, 9, 11}));

    assertEquals(List.of("20", "< 5", "×", "11"), shown(published.tables().get(0)));
  }

  @Test
  void smallCellsThatMustBeAtTheirMaximumHideTheTotal() {
    // 4 + 4 = 8: with 8 shown both cells are 4. Withheld, the total says nothing.
    PublishedGroup published = FIVE.apply(group(new long[] {4, 4}));

    assertEquals(List.of("< 5", "< 5"), shown(published.tables().get(0)));
    assertEquals(new Figure.Withheld(), published.total());
  }

  @Test
  void aTotalBelowKIsWithheldAndEveryCellIsBelowK() {
    PublishedGroup published = FIVE.apply(group(new long[] {3, 0, 1}, new long[] {4}));

    assertEquals(List.of("< 5", "< 5", "< 5"), shown(published.tables().get(0)));
    assertEquals(List.of("< 5"), shown(published.tables().get(1)));
    assertEquals(new Figure.Withheld(), published.total());
  }

  @Test
  void aWithheldCountIsAtLeastKSoAnotherSmallCellCanStillBePinned() {
    // Shown 5 and "< 5" for 5 + 0: with the 5 withheld, "×" ≥ 5 and the total 5 make it 5, and
    // the "< 5" 0. Nothing is left to withhold, so the total goes; then nothing is pinned.
    PublishedGroup published = FIVE.apply(group(new long[] {5, 0}));

    assertEquals(List.of("5", "< 5"), shown(published.tables().get(0)));
    assertEquals(new Figure.Withheld(), published.total());
  }

  @Test
  void equalCountsReadersKnowTheOrderOfSoTheNextOneGoesToo() {
    // 5, 5, 3 of 13: withholding the first 5 leaves a 5 after it, so "×" is 5 and "< 5" is 3.
    PublishedGroup published = FIVE.apply(group(new long[] {5, 5, 3}));

    assertEquals(List.of("×", "×", "< 5"), shown(published.tables().get(0)));
    assertEquals(new Figure.Exact(13), published.total());
  }

  @Test
  void aTotalWithheldForOneTableIsWithheldInAllAndNoTableGivesItAway() {
    // Table 0 (4 + 4) cannot show the total 8; table 1 would give it away as 8 = 8, so its only
    // count is withheld as well.
    PublishedGroup published = FIVE.apply(group(new long[] {4, 4}, new long[] {8, 0}));

    assertEquals(new Figure.Withheld(), published.total());
    assertEquals(List.of("< 5", "< 5"), shown(published.tables().get(0)));
    assertEquals(List.of("×", "< 5"), shown(published.tables().get(1)));
  }

  @Test
  void whenNothingCanBeMadeSafeTheWholeGroupIsWithheld() {
    // k = 2: "× ≥ 2" in table 0 and at most 1 + 1 in table 1 pin the total at 2.
    PublishedGroup published =
        new SmallCellSuppression(2).apply(group(new long[] {2, 0}, new long[] {1, 1}));

    assertEquals(new Figure.Withheld(), published.total());
    assertEquals(List.of("×", "×"), shown(published.tables().get(0)));
    assertEquals(List.of("×", "×"), shown(published.tables().get(1)));
  }

  @Test
  void aGroupWithBigCountsOnlyIsShownAsItIs() {
    PublishedGroup published = FIVE.apply(group(new long[] {12, 5, 30}, new long[] {47}));

    assertEquals(List.of("12", "5", "30"), shown(published.tables().get(0)));
    assertEquals(List.of("47"), shown(published.tables().get(1)));
    assertEquals(new Figure.Exact(47), published.total());
  }

  @Test
  void publishingKeepsThePeriodTheMunicipalityKAndTheOrder() {
    FigureGroup situations = group(new long[] {25, 7, 3, 1});
    FigureGroup care =
        new FigureGroup(
            "careStarted",
            List.of(new Distribution("care.started", List.of(new Tally("SHELTER", 2)))));
    ProgressFigures figures =
        new ProgressFigures(Period.year(2019), Optional.of("Hilversum"), List.of(situations, care));

    Published published = FIVE.publish(figures);

    assertEquals(Period.year(2019), published.period());
    assertEquals(Optional.of("Hilversum"), published.municipality());
    assertEquals(5, published.k());
    assertEquals(
        List.of("g", "careStarted"), published.groups().stream().map(g -> g.key()).toList());
    assertEquals("SHELTER", published.groups().get(1).tables().get(0).cells().get(0).code());
  }

  @Test
  void theExactViewShowsEverythingAndSaysNoThresholdApplies() {
    ProgressFigures figures =
        new ProgressFigures(
            Period.year(2019), Optional.empty(), List.of(group(new long[] {25, 7, 3, 1})));

    Published exact = Published.exact(figures);

    assertEquals(0, exact.k());
    assertEquals(false, exact.suppressed());
    assertEquals(List.of("25", "7", "3", "1"), shown(exact.groups().get(0).tables().get(0)));
    assertEquals(new Figure.Exact(36), exact.groups().get(0).total());
  }

  @Test
  void aThresholdBelowTwoIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SmallCellSuppression(1));
    assertEquals(5, SmallCellSuppression.DEFAULT_K);
  }

  @Test
  void figuresDisplayAsTheReportPrintsThem() {
    assertEquals("12", new Figure.Exact(12).display());
    assertEquals("< 5", new Figure.BelowK(5).display());
    assertEquals("×", new Figure.Withheld().display());
  }
}
