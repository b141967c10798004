package nl.casustafel.api.health;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.casustafel.shared.DatabaseHealth;

/**
 * {@code GET /api/v1/health/db}: 200 with the server and schema version when the database answers,
 * 503 when it does not. For load balancers and for a user checking the stack.
 */
@Path("health/db")
public class DatabaseHealthResource {

  @EJB private DatabaseHealth health;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response check() {
    DatabaseHealth.Status status = health.check();
    return Response.status(status.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(status)
        .build();
  }
}
