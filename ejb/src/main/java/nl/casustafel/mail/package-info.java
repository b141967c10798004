/**
 * Outgoing mail through a transactional outbox. A service calls {@link nl.casustafel.mail.Outbox#
 * enqueue} in the transaction of the change the mail tells about: the mail is a row of {@code
 * mail_outbox} that commits or rolls back with that change. After the commit the mail is sent
 * asynchronously ({@link nl.casustafel.mail.OutboxTrigger}); what could not be sent is tried again
 * every minute ({@link nl.casustafel.mail.OutboxRetryTimer}). Sending happens outside any user's
 * request, one tenant at a time, as retention's timer does. No personal data in a mail (issue #11).
 */
package nl.casustafel.mail;
