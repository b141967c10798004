package nl.casustafel.shared;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start the application outside demo mode with a demo setting (see {@link
 * DemoSettings}): one log line names every variable to fix. {@link SchemaMigration} depends on it,
 * so the demo data cannot run before this check.
 */
@Singleton
@Startup
public class DemoModeGuard {

  private static final Logger LOG = Logger.getLogger(DemoModeGuard.class.getName());

  @Inject
  @ConfigProperty(name = "casustafel.demo", defaultValue = "false")
  private boolean demo;

  @Inject
  @ConfigProperty(name = "casustafel.demo-data", defaultValue = "false")
  private boolean demoData;

  @Inject
  @ConfigProperty(name = "casustafel.audit.pseudonym-key")
  private Optional<String> pseudonymKey;

  // Liberty's openidConnectClient reads the same variable; MicroProfile Config sees it too.
  @Inject
  @ConfigProperty(name = "casustafel.oidc.client-secret")
  private Optional<String> oidcClientSecret;

  @Inject
  @ConfigProperty(name = "casustafel.bench.baseline", defaultValue = "false")
  private boolean benchBaseline;

  @PostConstruct
  void check() {
    if (demo) {
      LOG.warning(
          "Demo mode (CASUSTAFEL_DEMO=true): demo data and the published demo keys are allowed."
              + " Never run it with real data.");
      return;
    }
    List<String> refusals =
        new DemoSettings(demo, demoData, pseudonymKey, oidcClientSecret, benchBaseline).refusals();
    if (!refusals.isEmpty()) {
      String message = "Refusing to start outside demo mode: " + String.join("; ", refusals) + ".";
      LOG.severe(message);
      throw new IllegalStateException(message);
    }
  }
}
