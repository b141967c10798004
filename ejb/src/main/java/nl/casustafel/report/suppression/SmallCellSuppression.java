package nl.casustafel.report.suppression;

import nl.casustafel.report.FigureGroup;
import nl.casustafel.report.ProgressFigures;

/**
 * Small-cell suppression with threshold k: what the progress report shows outside the Zorg- en
 * Veiligheidshuis.
 *
 * <p>The rules, per group of tables that share a total ({@link GroupSuppression} has the steps):
 *
 * <ul>
 *   <li><b>Primary:</b> every count below k, zero too, is shown as "&lt; k" (a zero in a small
 *       region says as much as a one: "no men among the victims" tells who the victims are).
 *   <li><b>Secondary:</b> while a reader could compute a suppressed count back from what is shown —
 *       the total minus the shown cells, with "&lt; k" between 0 and k−1 and a withheld "×" between
 *       k and what is left — the smallest shown count of that table is withheld as well. A cell can
 *       be computed back when the published table admits one value for it; that is found by
 *       interval reasoning (the feasible range of a cell is {@code [max(low_i, S − Σ_{j≠i} high_j),
 *       min(high_i, S − Σ_{j≠i} low_j)]}, S the total less the shown cells).
 *   <li><b>Total:</b> shown only when it is k or more and every table of the group can be made safe
 *       with it; otherwise withheld in every table of the group, and then the tables must not pin
 *       it down between them either.
 * </ul>
 *
 * <p>Usage: {@code Published shown = new SmallCellSuppression(SmallCellSuppression.DEFAULT_K)
 * .publish(figures);}
 *
 * <p>Design notice: the result is deterministic (the same figures give the same output), and the
 * method protects against a reader who does arithmetic on what is published and knows these rules.
 * It does not protect against one who also reasons about why the rules chose what they chose (a
 * "minimality attack": e.g. that a total was withheld at all says that it could not be shown). For
 * counts of a handful of people that risk is accepted; the threshold is the main protection.
 *
 * @param k the threshold: counts below it are not shown; 2 or more
 */
public record SmallCellSuppression(int k) {

  /** The threshold when the tenant has not set one (the default). */
  public static final int DEFAULT_K = 5;

  /**
   * Checks the threshold.
   *
   * @throws IllegalArgumentException when k is below 2 (with k = 1 nothing would be suppressed)
   */
  public SmallCellSuppression {
    if (k < 2) {
      throw new IllegalArgumentException("The threshold k is 2 or more, not " + k);
    }
  }

  /** One group of tables, suppressed. */
  public PublishedGroup apply(FigureGroup group) {
    return new GroupSuppression(k).apply(group);
  }

  /** Every group of the report, suppressed, each on its own. */
  public Published publish(ProgressFigures figures) {
    return new Published(
        figures.period(),
        figures.municipality(),
        k,
        figures.groups().stream().map(this::apply).toList());
  }
}
