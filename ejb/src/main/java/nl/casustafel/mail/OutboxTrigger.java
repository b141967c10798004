package nl.casustafel.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Starts the sending once the transaction that enqueued a mail has committed (not at all when it
 * rolled back). Several mails of one transaction start several deliveries of the same tenant: the
 * row lock of {@link PendingMails#deliver} sends each mail once.
 */
@ApplicationScoped
public class OutboxTrigger {

  @EJB private OutboxDelivery delivery;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
    delivery.deliverPending(event.tenant());
  }
}
