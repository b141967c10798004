package nl.casustafel.report.suppression;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.casustafel.report.Distribution;
import nl.casustafel.report.FigureGroup;
import nl.casustafel.report.Tally;

/**
 * Over random small groups (1 to 3 tables of up to 6 cells sharing a total, counts around k, k 2 to
 * 6): nothing below k leaves, what is shown is true, and no suppressed figure can be computed back
 * — checked by a {@link BruteForceReader} that tries every count, not by the production arithmetic.
 */
class SmallCellSuppressionPropertiesTest {

  @Property(tries = 2000)
  boolean noFigureBelowKIsShown(
      @ForAll("groups") FigureGroup group, @ForAll @IntRange(min = 2, max = 6) int k) {
    PublishedGroup published = new SmallCellSuppression(k).apply(group);
    return figures(published).stream()
        .noneMatch(f -> f instanceof Figure.Exact exact && exact.value() < k);
  }

  @Property(tries = 2000)
  boolean everyFigureSaysWhatIsTrue(
      @ForAll("groups") FigureGroup group, @ForAll @IntRange(min = 2, max = 6) int k) {
    PublishedGroup published = new SmallCellSuppression(k).apply(group);
    if (!(published.total() instanceof Figure.Withheld)
        && !published.total().equals(new Figure.Exact(group.total()))) {
      return false;
    }
    for (int t = 0; t < group.tables().size(); t++) {
      List<Tally> counted = group.tables().get(t).cells();
      PublishedTable table = published.tables().get(t);
      if (!table.key().equals(group.tables().get(t).key())
          || table.cells().size() != counted.size()) {
        return false;
      }
      for (int i = 0; i < counted.size(); i++) {
        if (!tellsTheTruth(counted.get(i), table.cells().get(i), k)) {
          return false;
        }
      }
    }
    return true;
  }

  @Property(tries = 1000)
  boolean noSuppressedFigureCanBeComputedBack(
      @ForAll("groups") FigureGroup group, @ForAll @IntRange(min = 2, max = 6) int k) {
    PublishedGroup published = new SmallCellSuppression(k).apply(group);
    BruteForceReader reader = new BruteForceReader(k, published);
    if (published.total() instanceof Figure.Withheld && reader.totals().size() < 2) {
      return false;
    }
    for (int t = 0; t < published.tables().size(); t++) {
      List<PublishedCell> cells = published.tables().get(t).cells();
      for (int i = 0; i < cells.size(); i++) {
        if (!(cells.get(i).figure() instanceof Figure.Exact) && reader.values(t, i).size() < 2) {
          return false;
        }
      }
    }
    return true;
  }

  @Property(tries = 500)
  boolean theSameFiguresAreAlwaysPublishedTheSameWay(
      @ForAll("groups") FigureGroup group, @ForAll @IntRange(min = 2, max = 6) int k) {
    FigureGroup copy = new FigureGroup(group.key(), new ArrayList<>(group.tables()));
    return new SmallCellSuppression(k).apply(group).equals(new SmallCellSuppression(k).apply(copy));
  }

  @Property(tries = 500)
  boolean aGroupWithoutSmallCountsIsShownAsItIs(
      @ForAll("groups") FigureGroup group, @ForAll @IntRange(min = 2, max = 6) int k) {
    boolean small =
        group.total() < k
            || group.tables().stream()
                .flatMap(t -> t.cells().stream())
                .anyMatch(c -> c.count() < k);
    return small
        || figures(new SmallCellSuppression(k).apply(group)).stream()
            .allMatch(f -> f instanceof Figure.Exact);
  }

  /**
   * Exact is the count; "&lt; k" holds a count below k; "×" (outside a group withheld altogether,
   * where it may hold anything) a count of k or more — the reader relies on both.
   */
  private static boolean tellsTheTruth(Tally counted, PublishedCell cell, int k) {
    if (!cell.code().equals(counted.code())) {
      return false;
    }
    Figure figure = cell.figure();
    if (figure instanceof Figure.Exact exact) {
      return exact.value() == counted.count();
    } else if (figure instanceof Figure.BelowK below) {
      return below.k() == k && counted.count() < k;
    }
    return true;
  }

  private static List<Figure> figures(PublishedGroup group) {
    List<Figure> figures = new ArrayList<>();
    figures.add(group.total());
    group.tables().forEach(t -> t.cells().forEach(c -> figures.add(c.figure())));
    return figures;
  }

  @Provide
  Arbitrary<FigureGroup> groups() {
    Arbitrary<List<Integer>> first =
        Arbitraries.integers().between(0, 12).list().ofMinSize(1).ofMaxSize(6);
    return first.flatMap(
        counts -> {
          int total = counts.stream().mapToInt(Integer::intValue).sum();
          return partitions(total)
              .list()
              .ofMaxSize(2)
              .map(
                  others -> {
                    List<Distribution> tables = new ArrayList<>();
                    tables.add(table(0, counts));
                    others.forEach(o -> tables.add(table(tables.size(), o)));
                    return new FigureGroup("g", tables);
                  });
        });
  }

  /** The total split over 1 to 6 cells at random cut points. */
  private static Arbitrary<List<Integer>> partitions(int total) {
    return Combinators.combine(
            Arbitraries.integers().between(1, 6),
            Arbitraries.integers().between(0, total).list().ofSize(5))
        .as(
            (size, cuts) -> {
              List<Integer> points = new ArrayList<>(cuts.subList(0, size - 1));
              points.add(0);
              points.add(total);
              points.sort(null);
              List<Integer> cells = new ArrayList<>();
              for (int i = 1; i < points.size(); i++) {
                cells.add(points.get(i) - points.get(i - 1));
              }
              return cells;
            });
  }

  private static Distribution table(int n, List<Integer> counts) {
    List<Tally> cells = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      cells.add(new Tally("c" + i, counts.get(i)));
    }
    return new Distribution("t" + n, cells);
  }
}
