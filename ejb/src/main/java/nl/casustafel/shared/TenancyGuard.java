package nl.casustafel.shared;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/** Refuses to start the application when tenants would share EclipseLink's cache. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class TenancyGuard {

  @PersistenceUnit(unitName = "casustafel")
  private EntityManagerFactory emf;

  @PostConstruct
  void check() {
    Object shared = emf.getProperties().get(Tenancy.SHARE_CACHE);
    if (shared != null && Boolean.parseBoolean(shared.toString())) {
      throw new IllegalStateException(
          Tenancy.SHARE_CACHE + " is true: tenants would share cached data. Refusing to start.");
    }
  }
}
