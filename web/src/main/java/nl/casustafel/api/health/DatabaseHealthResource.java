package nl.casustafel.api.health;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.casustafel.shared.DatabaseHealth;
import nl.casustafel.shared.DatabaseOutage;

/**
 * {@code GET /api/v1/health/db}: 200 with the server and schema version when the database answers,
 * 503 with {@code Retry-After} when it does not, within {@link DatabaseProbe#BOUND}. For a user
 * checking the stack; load balancers use {@code /health/ready}.
 */
@Path("health/db")
public class DatabaseHealthResource {

  @Inject private DatabaseProbe probe;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response check() {
    DatabaseHealth.Status status =
        probe
            .status()
            .orElse(
                new DatabaseHealth.Status(
                    false,
                    null,
                    null,
                    "no answer within " + DatabaseProbe.BOUND.toSeconds() + " s"));
    if (status.up()) {
      return Response.ok(status).build();
    }
    return Response.status(Response.Status.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
        .entity(status)
        .build();
  }
}
