package nl.casustafel.report.suppression;

import java.util.ArrayList;
import java.util.List;
import nl.casustafel.report.Distribution;
import nl.casustafel.report.FigureGroup;
import nl.casustafel.report.Tally;

/** Groups of tables to suppress, written as counts. */
final class Groups {

  private Groups() {}

  /** A table "t<n>" with cells "c0", "c1", … holding the counts. */
  static Distribution table(int n, long... counts) {
    List<Tally> cells = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      cells.add(new Tally("c" + i, counts[i]));
    }
    return new Distribution("t" + n, cells);
  }

  /** A group of tables, the first "t0", the next "t1", …; they must share the total. */
  static FigureGroup group(long[]... tables) {
    List<Distribution> distributions = new ArrayList<>();
    for (int i = 0; i < tables.length; i++) {
      distributions.add(table(i, tables[i]));
    }
    return new FigureGroup("g", distributions);
  }

  /** The figures of a published table, as the report prints them. */
  static List<String> shown(PublishedTable table) {
    return table.cells().stream().map(c -> c.figure().display()).toList();
  }
}
