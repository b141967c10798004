package nl.casustafel.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.casustafel.audit.AuditUnavailable;

/** No log, no data: 503, and the transaction that would have disclosed has rolled back. */
@Provider
public class AuditUnavailableMapper implements ExceptionMapper<AuditUnavailable> {

  @Override
  public Response toResponse(AuditUnavailable e) {
    return Response.status(Response.Status.SERVICE_UNAVAILABLE)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Json.createObjectBuilder()
                .add("error", "The data-sharing log is unavailable; nothing was disclosed.")
                .build())
        .build();
  }
}
