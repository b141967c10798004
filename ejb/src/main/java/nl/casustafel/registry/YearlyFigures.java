package nl.casustafel.registry;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The yearly figures of a tenant: the cases it still holds plus the cases it destroyed, counted per
 * Amsterdam year of opening, case type and exploitation form. Destroying a case moves it from the
 * first count to the second, in the same transaction, so the figures never change by destruction
 * (issue "Client-following registry", part 9).
 */
public final class YearlyFigures {

  private YearlyFigures() {}

  /**
   * The figures, ordered by year, type and form.
   *
   * @param held the cases the tenant holds
   * @param destroyed the stored counts of destroyed cases
   */
  public static List<YearlyFigure> of(List<RetainedCase> held, List<YearlyFigure> destroyed) {
    Map<YearlyFigure.Key, Long> counts = new TreeMap<>();
    held.forEach(c -> counts.merge(YearlyFigure.Key.of(c), 1L, Long::sum));
    destroyed.forEach(f -> counts.merge(f.key(), f.cases(), Long::sum));
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(
            e ->
                new YearlyFigure(
                    e.getKey().year(), e.getKey().type(), e.getKey().form(), e.getValue()))
        .toList();
  }
}
