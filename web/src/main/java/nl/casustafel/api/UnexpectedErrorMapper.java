package nl.casustafel.api;

import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure of ours answers 500 with a reference, never with the exception's text: messages can
 * carry class names, SQL or data. The reference finds the full story in the server log.
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
    LOG.log(Level.SEVERE, "Unexpected API error " + reference, e);
    return Response.serverError()
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Json.createObjectBuilder()
                .add("error", "internal error")
                .add("reference", reference)
                .build())
        .build();
  }
}
