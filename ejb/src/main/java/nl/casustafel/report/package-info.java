/**
 * The progress report (voortgangsrapportage) of a line of work: what a Zorg- en Veiligheidshuis
 * reports to its municipalities and funders about "aard en omvang" — situations by exploitation
 * form, municipality and source of the signal; victims by gender, age band and nationality group;
 * advertisement reviews; care trajectories (trajecten) started and ended — per tenant, per
 * municipality and per period of Amsterdam calendar days.
 *
 * <p>This package is the report's pure domain: counted figures ({@link
 * nl.casustafel.report.ProgressFigures}, made of {@link nl.casustafel.report.FigureGroup}s of
 * {@link nl.casustafel.report.Distribution}s), the bands people are counted in ({@link
 * nl.casustafel.report.AgeBand}, {@link nl.casustafel.report.NationalityGroup}), and the exports
 * ({@link nl.casustafel.report.ProgressCsv}, {@link nl.casustafel.report.ProgressPdf}). Counting
 * (SQL) and deciding who may see what are the service's work. Anything that leaves the ZVH passes
 * through small-cell suppression first ({@link nl.casustafel.report.suppression}).
 */
package nl.casustafel.report;
