package nl.casustafel.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * {@code /health/live}: UP while the application can answer at all. It never asks the database on
 * purpose: restarting Liberty does not mend a frozen database, and an orchestrator that restarts
 * every instance during a database outage turns a pause into a cold start for everyone.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("application");
  }
}
