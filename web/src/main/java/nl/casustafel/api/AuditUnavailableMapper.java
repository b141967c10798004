package nl.casustafel.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.casustafel.audit.AuditUnavailable;
import nl.casustafel.shared.DatabaseOutage;

/**
 * No log, no data: 503, and the transaction that would have disclosed has rolled back. When the log
 * could not be written because the database does not answer, the caller hears that, with {@code
 * Retry-After}, like any request that met the outage.
 */
@Provider
public class AuditUnavailableMapper implements ExceptionMapper<AuditUnavailable> {

  @Override
  public Response toResponse(AuditUnavailable e) {
    if (DatabaseOutage.causedBy(e)) {
      return DatabaseOutageResponse.create();
    }
    return ErrorBody.response(
        Response.Status.SERVICE_UNAVAILABLE,
        "The data-sharing log is unavailable; nothing was disclosed.");
  }
}
