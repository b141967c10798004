package nl.casustafel.api.conference;

import jakarta.json.Json;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The database's version check, when two saves passed the service's check at the same moment: 409,
 * nothing of the later save stored.
 */
@Provider
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {

  @Override
  public Response toResponse(OptimisticLockException e) {
    return Response.status(Response.Status.CONFLICT)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Json.createObjectBuilder()
                .add("error", "saved by someone else meanwhile: read it again and merge.")
                .build())
        .build();
  }
}
