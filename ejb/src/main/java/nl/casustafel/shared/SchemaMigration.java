package nl.casustafel.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date once, when the application starts and before any request is served.
 * Flyway owns the schema; EclipseLink never generates it.
 *
 * <p>With {@code casustafel.demo-data=true} (the local demo and the tests) the repeatable demo
 * scripts in {@code db/demo} run too; production leaves it off. {@link DemoModeGuard} runs first,
 * so demo data never reaches a database outside demo mode.
 */
@Singleton
@Startup
@DependsOn("DemoModeGuard")
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits per migration itself.
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/casustafel")
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "casustafel.demo-data", defaultValue = "false")
  private boolean demoData;

  @PostConstruct
  void migrate() {
    // Our own class loader: on Liberty the thread's context loader cannot see db/migration.
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locations())
            // Liberty's class loaders find a location only by a file in it (flyway.location);
            // a location that cannot be found must stop the start, not migrate nothing.
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations run, demo data "
                + (demoData ? "on" : "off")
                + ")");
  }

  private String[] locations() {
    return demoData
        ? new String[] {"classpath:db/migration", "classpath:db/demo"}
        : new String[] {"classpath:db/migration"};
  }
}
