package nl.casustafel.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one shape of an API error: a JSON object whose {@code "error"} says what went wrong in words
 * a caller can show, plus fields some errors add (a log reference, a refusal's reason).
 *
 * <p>Usage: {@code ErrorBody.response(Response.Status.BAD_REQUEST, "…")}, or {@code
 * ErrorBody.of("…").add("reference", id)} with {@link #response(Response.StatusType,
 * JsonObjectBuilder)} when an error carries more.
 */
public final class ErrorBody {

  private ErrorBody() {}

  /** {@code {"error": message}}, to add fields to. */
  public static JsonObjectBuilder of(String message) {
    return Json.createObjectBuilder().add("error", message);
  }

  /** The answer with the given status and {@code {"error": message}}. */
  public static Response response(Response.StatusType status, String message) {
    return response(status, of(message));
  }

  /** The answer with the given status and body. */
  public static Response response(Response.StatusType status, JsonObjectBuilder body) {
    return builder(status, body).build();
  }

  /** For an error that needs a header too (e.g. {@code Retry-After}). */
  public static Response.ResponseBuilder builder(
      Response.StatusType status, JsonObjectBuilder body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body.build());
  }
}
