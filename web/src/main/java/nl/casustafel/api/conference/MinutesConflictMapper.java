package nl.casustafel.api.conference;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.casustafel.conference.MinutesConflict;

/**
 * Two writers saved the same paragraph: the later one gets 409 with who saved the version stored
 * now and its number; it reads the paragraph again ({@code GET …/conferences/{id}}) and saves a
 * merge on that version. Nothing of the later save was stored.
 */
@Provider
public class MinutesConflictMapper implements ExceptionMapper<MinutesConflict> {

  @Override
  public Response toResponse(MinutesConflict e) {
    return Response.status(Response.Status.CONFLICT)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Json.createObjectBuilder()
                .add("error", e.getMessage())
                .add("paragraph", e.paragraph())
                .add("version", e.storedVersion())
                .add("savedBy", e.storedBy())
                .build())
        .build();
  }
}
