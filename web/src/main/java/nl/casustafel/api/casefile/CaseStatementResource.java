package nl.casustafel.api.casefile;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.casefile.CaseParticipations;
import nl.casustafel.identity.CurrentUser;

/**
 * {@code POST /api/v1/tenants/{tenant}/cases/{id}/statement}: the invited ad-hoc partner accepts
 * the confidentiality statement for the case; it expires by itself.
 */
@Path("tenants/{tenant}/cases/{id}/statement")
@Produces(MediaType.APPLICATION_JSON)
public class CaseStatementResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private CaseParticipations participations;

  @POST
  public Response acceptStatement(@PathParam("tenant") String tenant, @PathParam("id") String id) {
    tenants.enter(tenant);
    Instant expires = participations.acceptStatement(user, Bodies.caseId(id));
    return Response.status(Response.Status.CREATED)
        .entity(Json.createObjectBuilder().add("expiresAt", expires.toString()).build())
        .build();
  }
}
