package nl.casustafel.shared;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one place that fixes the tenant for EclipseLink: around every call of a tenant-scoped
 * service, inside its transaction, it sets the request's tenant on the persistence context. No
 * tenant, no call.
 */
@TenantScoped
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantInterceptor {

  @Inject private TenantContext context;

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @AroundInvoke
  Object inTenant(InvocationContext call) throws Exception {
    String tenant =
        context
            .current()
            .orElseThrow(() -> new IllegalStateException("No tenant for " + call.getMethod()))
            .value();
    em.setProperty(Tenancy.PROPERTY, tenant);
    return call.proceed();
  }
}
