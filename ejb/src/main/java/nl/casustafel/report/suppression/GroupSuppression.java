package nl.casustafel.report.suppression;

import java.util.List;
import java.util.Optional;
import nl.casustafel.report.FigureGroup;

/**
 * Suppression of one group of tables, which share their total. One decision for the whole group:
 * the total is shown in every table or in none, since a total shown once is known everywhere.
 *
 * <ol>
 *   <li>With the total shown (only when it is k or more): in each table, while a suppressed cell
 *       can be computed back, withhold the smallest shown count. When a table runs out of counts to
 *       withhold, the total cannot be shown.
 *   <li>With the total withheld: start again from primary suppression. The tables now bound the
 *       total together (each between the least and the most its cells admit), so a reader
 *       intersects them: while that pins the total or a suppressed cell, withhold the smallest
 *       shown count of the table where a cell is pinned, or else of a table that bounds the total.
 *   <li>When that fails too (tiny counts, nothing left to withhold), withhold the whole group:
 *       every cell and the total "×".
 * </ol>
 */
final class GroupSuppression {

  private final int k;

  GroupSuppression(int k) {
    this.k = k;
  }

  PublishedGroup apply(FigureGroup group) {
    long total = group.total();
    if (total >= k) {
      List<TableDraft> drafts = drafts(group);
      if (secureWithTotal(drafts, total)) {
        return published(group, drafts, new Figure.Exact(total));
      }
    }
    List<TableDraft> drafts = drafts(group);
    if (secureWithoutTotal(drafts)) {
      return published(group, drafts, new Figure.Withheld());
    }
    return withheldAltogether(group);
  }

  private static boolean secureWithTotal(List<TableDraft> drafts, long total) {
    for (TableDraft draft : drafts) {
      while (draft.revealsACell(total, total)) {
        if (!draft.withholdSmallestShown()) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean secureWithoutTotal(List<TableDraft> drafts) {
    while (true) {
      long low = drafts.stream().mapToLong(TableDraft::lowestTotal).max().orElseThrow();
      long high = drafts.stream().mapToLong(TableDraft::highestTotal).min().orElseThrow();
      Optional<TableDraft> revealing =
          drafts.stream().filter(d -> d.revealsACell(low, high)).findFirst();
      if (revealing.isEmpty() && low < high) {
        return true;
      }
      Optional<TableDraft> target =
          revealing.filter(TableDraft::hasShown).or(() -> bounding(drafts, low, high));
      if (target.isEmpty()) {
        return false;
      }
      target.get().withholdSmallestShown();
    }
  }

  /** The first table with a count to withhold whose own bounds are those of the total. */
  private static Optional<TableDraft> bounding(List<TableDraft> drafts, long low, long high) {
    return drafts.stream()
        .filter(TableDraft::hasShown)
        .filter(d -> d.lowestTotal() == low || d.highestTotal() == high)
        .findFirst();
  }

  private List<TableDraft> drafts(FigureGroup group) {
    return group.tables().stream().map(table -> new TableDraft(table, k)).toList();
  }

  private static PublishedGroup published(
      FigureGroup group, List<TableDraft> drafts, Figure total) {
    return new PublishedGroup(
        group.key(), total, drafts.stream().map(TableDraft::published).toList());
  }

  private static PublishedGroup withheldAltogether(FigureGroup group) {
    List<PublishedTable> tables =
        group.tables().stream()
            .map(
                table ->
                    new PublishedTable(
                        table.key(),
                        table.cells().stream()
                            .map(c -> new PublishedCell(c.code(), new Figure.Withheld()))
                            .toList()))
            .toList();
    return new PublishedGroup(group.key(), new Figure.Withheld(), tables);
  }
}
