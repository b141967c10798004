package nl.casustafel.api.casefile;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
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
 * {@code POST /api/v1/tenants/{tenant}/cases/{id}/break-glass} {@code {"reason": "..."}}: a case
 * director or care coordinator opens, in a crisis, a case their organisation is not on, for four
 * hours; logged as BREAK_GLASS and listed for the auditor.
 */
@Path("tenants/{tenant}/cases/{id}/break-glass")
@Produces(MediaType.APPLICATION_JSON)
public class CaseBreakGlassResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private CaseParticipations participations;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response breakGlass(
      @PathParam("tenant") String tenant, @PathParam("id") String id, JsonValue body) {
    tenants.enter(tenant);
    String reason = Bodies.text(Bodies.object(body, "reason"), "reason");
    Instant until = participations.breakGlass(user, Bodies.caseId(id), reason);
    return Response.status(Response.Status.CREATED)
        .entity(Json.createObjectBuilder().add("until", until.toString()).build())
        .build();
  }
}
