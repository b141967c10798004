package nl.casustafel.api;

import jakarta.json.Json;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Every request body of the API is read here first, and at most {@link #MAX_BYTES}: a larger one is
 * refused with 413 before it is read (by its Content-Length) or as soon as it runs over. A JSON
 * body must then keep the {@link JsonBodyRules} (UTF-8, valid, not too deep, no field twice), else
 * 400 with the rule. What passes is handed on unchanged to the resource.
 */
@Provider
public class RequestBodyLimit implements ContainerRequestFilter {

  /** Our bodies are a few fields (a case-file text is at most 4000 characters): 64 KiB. */
  public static final int MAX_BYTES = 64 * 1024;

  private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!WITH_BODY.contains(request.getMethod())) {
      return; // No resource of ours reads the body of a GET or DELETE.
    }
    if (request.getUriInfo().getPath().endsWith("/imports/gcos")) {
      return; // A file upload: the import streams it to disk under its own limit.
    }
    if (request.getLength() > MAX_BYTES) {
      request.abortWith(tooLarge()); // Not read at all.
      return;
    }
    Optional<byte[]> body = JsonBodyRules.readAtMost(request.getEntityStream(), MAX_BYTES);
    if (body.isEmpty()) {
      request.abortWith(tooLarge());
      return;
    }
    MediaType type = request.getMediaType();
    boolean json = type == null || MediaType.APPLICATION_JSON_TYPE.isCompatible(type);
    Optional<String> problem =
        json && body.get().length > 0 ? JsonBodyRules.problem(body.get()) : Optional.empty();
    if (problem.isPresent()) {
      request.abortWith(error(Response.Status.BAD_REQUEST, problem.get()));
      return;
    }
    request.setEntityStream(new ByteArrayInputStream(body.get()));
  }

  private static Response tooLarge() {
    return error(
        Response.Status.REQUEST_ENTITY_TOO_LARGE,
        "The request body may be at most " + MAX_BYTES + " bytes.");
  }

  private static Response error(Response.Status status, String rule) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(Json.createObjectBuilder().add("error", rule).build())
        .build();
  }
}
