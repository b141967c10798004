package nl.casustafel.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Input that breaks a domain rule is the caller's error: 400 with the rule, never a 500. */
@Provider
public class BadInputMapper implements ExceptionMapper<IllegalArgumentException> {

  @Override
  public Response toResponse(IllegalArgumentException e) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON)
        // Every refusal of ours names its rule; a bare one still gets a body, not an NPE (500).
        .entity(Json.createObjectBuilder().add("error", rule(e)).build())
        .build();
  }

  private static String rule(IllegalArgumentException e) {
    return e.getMessage() == null ? "The request breaks a rule of the API." : e.getMessage();
  }
}
