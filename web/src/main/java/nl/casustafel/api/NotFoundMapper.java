package nl.casustafel.api;

import jakarta.json.Json;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.casustafel.casefile.CaseUnknown;

/**
 * Every "not found" of the API is one and the same response, byte for byte: a tenant or case the
 * caller may not know looks exactly like one that does not exist.
 */
public final class NotFoundMapper {

  private NotFoundMapper() {}

  static Response notFound() {
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.APPLICATION_JSON)
        .entity(Json.createObjectBuilder().add("error", "Not found.").build())
        .build();
  }

  /** An unknown path, tenant or id. */
  @Provider
  public static class Path implements ExceptionMapper<NotFoundException> {
    @Override
    public Response toResponse(NotFoundException e) {
      return notFound();
    }
  }

  /** A case that does not exist or may not be known. */
  @Provider
  public static class Case implements ExceptionMapper<CaseUnknown> {
    @Override
    public Response toResponse(CaseUnknown e) {
      return notFound();
    }
  }
}
