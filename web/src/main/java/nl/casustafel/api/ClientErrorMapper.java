package nl.casustafel.api;

import jakarta.json.Json;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The other refusals Jakarta REST makes itself — a method the path does not have (405), a body of
 * the wrong media type (415), an answer type we cannot give (406) — keep their status and headers
 * (such as {@code Allow}) and get a JSON body with the rule instead of an empty one. A 404 and a
 * 400 have mappers of their own.
 */
@Provider
public class ClientErrorMapper implements ExceptionMapper<ClientErrorException> {

  @Override
  public Response toResponse(ClientErrorException e) {
    Response refused = e.getResponse();
    return Response.fromResponse(refused)
        .type(MediaType.APPLICATION_JSON)
        .entity(Json.createObjectBuilder().add("error", rule(refused.getStatus())).build())
        .build();
  }

  static String rule(int status) {
    return switch (status) {
      case 405 -> "This path does not take this method; /openapi lists what it takes.";
      case 406 -> "This path answers in application/json only.";
      case 415 -> "The request body must be application/json.";
      default -> "The request was refused (HTTP " + status + ").";
    };
  }
}
