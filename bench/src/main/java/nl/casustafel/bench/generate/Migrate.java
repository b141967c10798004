package nl.casustafel.bench.generate;

import nl.casustafel.shared.DatabaseAccounts;
import nl.casustafel.shared.SchemaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database's schema up to date as the application does at its start ({@link
 * SchemaMigration#configure}: the same locations, placeholder and checks), without Liberty, so that
 * {@code ./casustafel generate} can prepare a fresh bench database itself. Always with the demo
 * data: the generator fills the demo tenant and relies on its partners.
 *
 * <p>Environment: {@code CASUSTAFEL_DB_URL}, {@code CASUSTAFEL_DB_OWNER_USER}, {@code
 * CASUSTAFEL_DB_OWNER_PASSWORD}, {@code CASUSTAFEL_DB_USER} (default casustafel_app) and {@code
 * CASUSTAFEL_DB_APP_HOSTS} (default %), whom R__app_grants.sql grants. Refuses (exit code 2) unless
 * {@code CASUSTAFEL_DEMO=true}: demo data never reaches a database outside demo mode.
 */
public final class Migrate {

  private Migrate() {}

  public static void main(String[] args) {
    if (!"true".equals(System.getenv("CASUSTAFEL_DEMO"))) {
      System.err.println("migrate: loads the demo data, so only with CASUSTAFEL_DEMO=true");
      System.exit(2);
    }
    String url = System.getenv("CASUSTAFEL_DB_URL");
    String app =
        DatabaseAccounts.of(
                env("CASUSTAFEL_DB_USER", "casustafel_app"), env("CASUSTAFEL_DB_APP_HOSTS", "%"))
            .sqlList();
    MigrateResult result =
        SchemaMigration.configure(Migrate.class.getClassLoader(), app, true)
            .dataSource(
                url,
                System.getenv("CASUSTAFEL_DB_OWNER_USER"),
                System.getenv("CASUSTAFEL_DB_OWNER_PASSWORD"))
            .load()
            .migrate();
    System.out.printf(
        "Schema of %s at version %s (%d migrations run, demo data on)%n",
        url, result.targetSchemaVersion, result.migrationsExecuted);
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }
}
