package nl.casustafel.mail;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;

/**
 * Where a service puts the mail that tells about its change. The mail is written in the caller's
 * transaction (it commits or rolls back with the change) and sent only after that commit, never
 * before: no invitation for a conference that was not saved.
 */
@Stateless
@TenantScoped
public class Outbox {

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @Inject private Clock clock;
  @Inject private Event<MailQueued> queued;

  /**
   * Writes the mail to the request tenant's outbox, in the caller's transaction.
   *
   * @return the outbox row's id
   */
  public long enqueue(Mail mail) {
    OutgoingMail row = new OutgoingMail(mail, clock.instant());
    em.persist(row);
    em.flush(); // the id now; a failing insert fails the caller's change, not a later send
    queued.fire(new MailQueued(tenant.current().orElseThrow().value()));
    return row.id();
  }
}
