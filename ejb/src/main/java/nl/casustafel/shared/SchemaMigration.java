package nl.casustafel.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date once, when the application starts and before any request is served.
 * Flyway owns the schema; EclipseLink never generates it.
 *
 * <p>Flyway runs as the schema owner ({@code jdbc/casustafel-owner}, {@code
 * CASUSTAFEL_DB_OWNER_USER}); this is the only code that uses that data source. Everything else
 * runs as the application's account ({@code jdbc/casustafel}, {@code CASUSTAFEL_DB_USER}), which
 * gets only what {@code db/migration/R__app_grants.sql} grants it, so that it can neither change
 * the schema nor drop the log's append-only triggers.
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

  @Resource(lookup = "jdbc/casustafel-owner")
  private DataSource owner;

  /** The application's account, as jdbc/casustafel logs in with it. */
  @Inject
  @ConfigProperty(name = "casustafel.db.user", defaultValue = "casustafel_app")
  private String appUser;

  /** The hosts the operator created that account for (CREATE USER 'user'@'host'). */
  @Inject
  @ConfigProperty(name = "casustafel.db.app-hosts", defaultValue = "%")
  private String appHosts;

  @Inject
  @ConfigProperty(name = "casustafel.demo-data", defaultValue = "false")
  private boolean demoData;

  @PostConstruct
  void migrate() {
    // Our own class loader: on Liberty the thread's context loader cannot see db/migration.
    MigrateResult result =
        configure(SchemaMigration.class.getClassLoader(), appAccounts(), demoData)
            .dataSource(owner)
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
                + ", application account "
                + appAccounts()
                + ")");
  }

  /**
   * Flyway as the application configures it, without its data source: the locations ({@code
   * db/migration}, and {@code db/demo} with demo data), the {@code appAccounts} placeholder and the
   * refusal of a missing location. Shared with the bench's {@code Migrate}, which prepares its own
   * database without Liberty.
   *
   * @param appAccounts the application's accounts as {@link DatabaseAccounts#sqlList()} writes them
   */
  public static FluentConfiguration configure(
      ClassLoader loader, String appAccounts, boolean demoData) {
    return Flyway.configure(loader)
        .locations(locations(demoData))
        .placeholders(Map.of("appAccounts", appAccounts))
        // Liberty's class loaders find a location only by a file in it (flyway.location);
        // a location that cannot be found must stop the start, not migrate nothing.
        .failOnMissingLocations(true);
  }

  private String appAccounts() {
    return DatabaseAccounts.of(appUser, appHosts).sqlList();
  }

  private static String[] locations(boolean demoData) {
    return demoData
        ? new String[] {"classpath:db/migration", "classpath:db/demo"}
        : new String[] {"classpath:db/migration"};
  }
}
