package nl.casustafel.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.casustafel.shared.DatabaseOutage;

/**
 * A failure of ours answers 500 with a reference, never with the exception's text: messages can
 * carry class names, SQL or data. The reference finds the full story in the server log. A database
 * that does not answer is no failure of ours: 503 with {@code Retry-After} ({@link
 * DatabaseOutageResponse}).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(RuntimeException e) {
    if (e instanceof WebApplicationException web) {
      return web.getResponse(); // 401, 404, ...: already the answer.
    }
    String reference = UUID.randomUUID().toString();
    if (DatabaseOutage.causedBy(e)) {
      LOG.log(Level.WARNING, "The database does not answer: API answered 503 " + reference, e);
      return DatabaseOutageResponse.create();
    }
    LOG.log(Level.SEVERE, "Unexpected API error " + reference, e);
    return ErrorBody.response(
        Response.Status.INTERNAL_SERVER_ERROR,
        ErrorBody.of("internal error").add("reference", reference));
  }
}
