/**
 * Small-cell suppression (celonderdrukking) of the progress report: in anything that leaves the
 * Zorg- en Veiligheidshuis — the municipal liaison's view, every export — a count below k (default
 * 5) is shown as "&lt; k", and no total or difference lets a reader compute such a count back.
 *
 * <p>{@link nl.casustafel.report.suppression.SmallCellSuppression} turns exact {@link
 * nl.casustafel.report.ProgressFigures} into {@link nl.casustafel.report.suppression.Published}
 * figures: each an {@link nl.casustafel.report.suppression.Figure} that is exact, below k (primary
 * suppression) or withheld (secondary suppression, "×"). The method is that of statistical
 * disclosure control for tables (Hundepool et al., <i>Statistical Disclosure Control</i>, Wiley
 * 2012, ch. 4: threshold rule, then secondary suppression until no suppressed cell can be
 * recalculated from the margins).
 */
package nl.casustafel.report.suppression;
