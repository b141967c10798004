package nl.casustafel.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.casustafel.policy.AccessRefused;

/** A refused act on a case the caller knows: 403 with the reason (and article); nothing changed. */
@Provider
public class AccessRefusedMapper implements ExceptionMapper<AccessRefused> {

  @Override
  public Response toResponse(AccessRefused e) {
    JsonObjectBuilder body =
        Json.createObjectBuilder().add("error", "refused").add("reason", e.deny().reason().name());
    e.deny().limitingArticle().ifPresent(a -> body.add("article", a.number()));
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.APPLICATION_JSON)
        .entity(body.build())
        .build();
  }
}
