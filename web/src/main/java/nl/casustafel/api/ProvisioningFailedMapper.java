package nl.casustafel.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.casustafel.identity.provisioning.ProvisioningFailed;

/**
 * Keycloak refused a provisioning call or did not answer: 409 when it says the organization or
 * person exists already, otherwise 503 (try again later). Nothing was stored: the transaction
 * rolled back. Keycloak's own text is not passed on (it may name other realms' objects).
 */
@Provider
public class ProvisioningFailedMapper implements ExceptionMapper<ProvisioningFailed> {

  @Override
  public Response toResponse(ProvisioningFailed e) {
    boolean exists = e.alreadyExists();
    return Response.status(exists ? Response.Status.CONFLICT : Response.Status.SERVICE_UNAVAILABLE)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Json.createObjectBuilder()
                .add(
                    "error",
                    exists
                        ? "Keycloak holds this organisation or person already; nothing was stored."
                        : "Keycloak refused or did not answer; nothing was stored. Try again later.")
                .build())
        .build();
  }
}
