package nl.casustafel.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;

/** The request tenant's due mails, and the sending of one of them. */
@Stateless
@TenantScoped
public class PendingMails {

  /**
   * Locks one due mail of the tenant, or nothing when it was sent meanwhile or another delivery
   * holds it (SKIP LOCKED, MariaDB 10.6+: no wait). Native, so it names the tenant itself.
   */
  static final String LOCK_DUE =
      "SELECT id FROM mail_outbox WHERE id = ?1 AND tenant_id = ?2 AND sent_at IS NULL"
          + " FOR UPDATE SKIP LOCKED";

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Resource(lookup = "mail/casustafel")
  private Session session;

  @Inject private TenantContext tenant;
  @Inject private Clock clock;

  /** The ids of the unsent mails below {@link OutgoingMail#MAX_ATTEMPTS} failures, oldest first. */
  public List<Long> dueIds() {
    return em.createQuery(
            "SELECT m.id FROM OutgoingMail m WHERE m.sentAt IS NULL AND m.attempts < :max"
                + " ORDER BY m.id",
            Long.class)
        .setParameter("max", OutgoingMail.MAX_ATTEMPTS)
        .getResultList();
  }

  /**
   * Sends one mail in a transaction of its own, holding its row lock: sent_at on success, the
   * failure otherwise. The transaction commits either way, so a failure is recorded and the mail
   * stays in the outbox for the retry timer; never throws for a failed send.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void deliver(long id) {
    List<?> locked =
        em.createNativeQuery(LOCK_DUE)
            .setParameter(1, id)
            .setParameter(2, tenant.current().orElseThrow().value())
            .getResultList();
    if (locked.isEmpty()) {
      return;
    }
    OutgoingMail mail =
        em.find(
            OutgoingMail.class,
            id,
            Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS));
    Instant now = clock.instant();
    try {
      Transport.send(MailMessages.build(session, mail.mail(), now));
      mail.sent(now);
    } catch (MessagingException | RuntimeException e) {
      mail.failed(DeliveryFailure.of(e));
    }
  }
}
