/**
 * Invitations to a casusoverleg (conference): the calendar entry (iCalendar, RFC 5545 with the iTIP
 * methods of RFC 5546) and the e-mail texts sent to each invited organisation.
 *
 * <p>Pure builders: they take values and return text, and read no database, clock or network. What
 * they may say is limited by their types: a conference's title, time, place or video link, the
 * recipient organisation's name, the number of its agenda items and a link. No client name, BSN,
 * case reference or case text can reach an invitation, because no parameter can carry one.
 */
package nl.casustafel.conference.invitation;
