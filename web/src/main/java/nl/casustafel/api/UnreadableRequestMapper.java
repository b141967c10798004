package nl.casustafel.api;

import jakarta.json.Json;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is no JSON (or none at all) gets a clear 400, not an empty one. */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<BadRequestException> {

  @Override
  public Response toResponse(BadRequestException e) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Json.createObjectBuilder()
                .add("error", "The request body must be a JSON object as documented.")
                .build())
        .build();
  }
}
