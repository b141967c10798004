package nl.casustafel.registry;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.tenant.TenantId;

/**
 * The nightly build for one tenant. Asynchronous on purpose: the container gives every asynchronous
 * invocation a request context of its own (CDI, "Request context lifecycle"), so the request-scoped
 * {@link TenantContext} holds this one tenant, as it would for a web request.
 */
@Stateless
public class RetentionDaily {

  private static final Logger LOG = Logger.getLogger(RetentionDaily.class.getName());

  @Inject private TenantContext context;
  @EJB private Retention retention;

  @Asynchronous
  public void buildFor(String tenant) {
    try {
      context.enter(new TenantId(tenant));
      retention
          .buildDaily()
          .ifPresent(id -> LOG.info(() -> "Destruction list " + id + " proposed in " + tenant));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "No destruction list proposed in " + tenant + " tonight", e);
    }
  }
}
