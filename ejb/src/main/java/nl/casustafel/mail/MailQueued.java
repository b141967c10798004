package nl.casustafel.mail;

/**
 * Fired by {@link Outbox#enqueue} in the business transaction; observed after it commits.
 *
 * @param tenant the tenant whose outbox holds the new mail
 */
public record MailQueued(String tenant) {}
