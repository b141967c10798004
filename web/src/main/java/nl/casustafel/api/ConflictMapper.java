package nl.casustafel.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request that the state of things does not allow (a cancelled conference cannot move, a final
 * agreement cannot change): 409 with the rule; the transaction rolled back.
 */
@Provider
public class ConflictMapper implements ExceptionMapper<IllegalStateException> {

  @Override
  public Response toResponse(IllegalStateException e) {
    return Response.status(Response.Status.CONFLICT)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Json.createObjectBuilder()
                .add("error", e.getMessage() == null ? "conflict" : e.getMessage())
                .build())
        .build();
  }
}
