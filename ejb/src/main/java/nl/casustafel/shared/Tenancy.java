package nl.casustafel.shared;

/**
 * How tenant isolation reaches EclipseLink: every tenant-owned entity is
 * {@code @Multitenant(SINGLE_TABLE)} with its {@code tenant_id} discriminator bound to this context
 * property, which {@link TenantInterceptor} sets on the transaction's persistence context. A query
 * on a tenant-owned entity without it fails: isolation fails closed.
 */
public final class Tenancy {

  /** EclipseLink's default multitenant context property. */
  public static final String PROPERTY = "eclipselink.tenant-id";

  /** Must stay false (the default): tenants never share EclipseLink's cache. */
  public static final String SHARE_CACHE = "eclipselink.multitenant.tenants-share-cache";

  private Tenancy() {}
}
