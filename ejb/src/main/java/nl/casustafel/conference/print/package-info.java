/**
 * The printed agenda and minutes (verslag) of a casusoverleg, one copy per partner organisation:
 * PDFs in the house style of the access report ({@code nl.casustafel.registry.report}).
 *
 * <p>Pure renderers: {@link nl.casustafel.conference.print.AgendaPdf} and {@link
 * nl.casustafel.conference.print.MinutesPdf} turn a copy that the caller has cut to what the
 * partner may see into bytes. An agenda item the partner may not see arrives without its case
 * ({@link nl.casustafel.conference.print.PrintedItem#visible()} empty) and prints as "Casus (niet
 * voor uw organisatie)"; the renderers cannot print what they are not given.
 */
package nl.casustafel.conference.print;
