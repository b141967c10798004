/**
 * The data-subject access report (inzageverzoek, AVG art. 15): everything a Zorg- en
 * Veiligheidshuis holds about one person and the disclosure log about them, rendered as a PDF.
 *
 * <p>This package only renders: {@link nl.casustafel.registry.report.SubjectAccessPdf} turns a
 * gathered {@link nl.casustafel.registry.report.SubjectAccessReport} into a PDF and reads nothing
 * else. Gathering the data (through the policy decision point and the audit log) and logging the
 * report itself are the caller's work.
 */
package nl.casustafel.registry.report;
