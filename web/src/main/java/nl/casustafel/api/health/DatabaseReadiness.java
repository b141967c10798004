package nl.casustafel.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.casustafel.shared.DatabaseHealth;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}: UP while the database answers within {@link DatabaseProbe#BOUND}, DOWN
 * (HTTP 503) otherwise, so that a load balancer sends no users to an instance that would only make
 * them wait. It comes back UP by itself once the database answers again.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject private DatabaseProbe probe;

  @Override
  public HealthCheckResponse call() {
    Optional<DatabaseHealth.Status> status = probe.status();
    String detail =
        status
            .map(DatabaseHealth.Status::detail)
            .orElse("no answer within " + DatabaseProbe.BOUND.toSeconds() + " s");
    return HealthCheckResponse.named("database")
        .status(status.map(DatabaseHealth.Status::up).orElse(false))
        .withData("detail", detail)
        .build();
  }
}
