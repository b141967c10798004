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
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;

/**
 * {@code POST /api/v1/tenants/{tenant}/cases/{id}/lead}: the case director hands the case's lead to
 * a partner that takes part.
 */
@Path("tenants/{tenant}/cases/{id}/lead")
@Produces(MediaType.APPLICATION_JSON)
public class CaseLeadResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private CaseLifecycle lifecycle;

  /** {@code {"partner": "politie-midden-nederland"}}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject lead(
      @PathParam("tenant") String tenant, @PathParam("id") String id, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "partner");
    PartnerId to = Bodies.partnerId("partner", Bodies.text(input, "partner"));
    lifecycle.handOverLead(user, Bodies.caseId(id), to);
    return Json.createObjectBuilder().add("lead", to.value()).build();
  }
}
