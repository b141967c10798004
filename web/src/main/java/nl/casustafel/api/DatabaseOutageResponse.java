package nl.casustafel.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import nl.casustafel.shared.DatabaseOutage;

/**
 * The API's answer when the database does not answer ({@link DatabaseOutage}): 503 with {@code
 * Retry-After} and {@code {"error": "The database does not answer; try again later."}}. Nothing was
 * disclosed: a read that could not write its log rolled back with it.
 */
public final class DatabaseOutageResponse {

  /** What the caller reads; the same for every request, whatever failed underneath. */
  public static final String MESSAGE = "The database does not answer; try again later.";

  private DatabaseOutageResponse() {}

  public static Response create() {
    return ErrorBody.builder(Response.Status.SERVICE_UNAVAILABLE, ErrorBody.of(MESSAGE))
        .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
        .build();
  }
}
