package nl.casustafel.api.casefile;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.casefile.CaseLifecycle;
import nl.casustafel.casefile.CaseStatus;
import nl.casustafel.identity.CurrentUser;

/**
 * {@code POST /api/v1/tenants/{tenant}/cases/{id}/status}: the case director moves a case through
 * its lifecycle (the lead: {@link CaseLeadResource}). One class per sub-path: a class path ending
 * in {id} would also match {@code /cases/search}, and JAX-RS does not try another class after it.
 */
@Path("tenants/{tenant}/cases/{id}/status")
@Produces(MediaType.APPLICATION_JSON)
public class CaseLifecycleResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private CaseLifecycle lifecycle;

  /** {@code {"status": "MONITORING", "reason": "..."}}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject status(
      @PathParam("tenant") String tenant, @PathParam("id") String id, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "status", "reason");
    CaseStatus to = Bodies.enumOf(CaseStatus.class, input, "status", null);
    lifecycle.changeStatus(user, Bodies.caseId(id), to, Bodies.text(input, "reason", null));
    return Json.createObjectBuilder().add("status", to.name()).build();
  }
}
