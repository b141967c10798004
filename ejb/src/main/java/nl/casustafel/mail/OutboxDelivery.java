package nl.casustafel.mail;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.tenant.TenantId;

/**
 * Sends one tenant's unsent mails. Asynchronous, as retention's nightly build ({@code
 * RetentionDaily}): the container gives every asynchronous invocation a request context of its own,
 * so the request-scoped {@link TenantContext} holds this one tenant, as for a web request; and the
 * committing user's request does not wait for the SMTP server.
 */
@Stateless
public class OutboxDelivery {

  private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

  @Inject private TenantContext context;
  @EJB private PendingMails pending;

  /** Sends every mail of the tenant that is due, each in a transaction of its own; never throws. */
  @Asynchronous
  public void deliverPending(String tenant) {
    try {
      context.enter(new TenantId(tenant));
      for (long id : pending.dueIds()) {
        deliverOne(tenant, id);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail of " + tenant + " not sent now; the retry timer tries again", e);
    }
  }

  private void deliverOne(String tenant, long id) {
    try {
      pending.deliver(id);
    } catch (RuntimeException e) { // e.g. the row lock's wait ended: another delivery has it
      LOG.log(Level.FINE, "Mail " + id + " of " + tenant + " left to the next try", e);
    }
  }
}
