package nl.casustafel.api.crisis;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.casefile.CrisisCardForm;
import nl.casustafel.casefile.CrisisCards;
import nl.casustafel.identity.CurrentUser;

/**
 * {@code /api/v1/tenants/{tenant}/cases/{id}/crisis-card} (issue #13, part 3): the case's crisis
 * card as the caller may see it (GET, logged), and writing it (PUT, the ZVH's case directors and
 * care coordinators): {@code {"safeContact", "risks", "language", "shelterArrangement"}}.
 */
@Path("tenants/{tenant}/cases/{id}/crisis-card")
@Produces(MediaType.APPLICATION_JSON)
public class CaseCrisisCardResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private CrisisCards cards;

  @GET
  public JsonObject read(@PathParam("tenant") String tenant, @PathParam("id") String id) {
    tenants.enter(tenant);
    return CrisisCardJson.of(cards.read(user, Bodies.caseId(id)));
  }

  /** Writes the card and answers it as the writer now sees it. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject write(
      @PathParam("tenant") String tenant, @PathParam("id") String id, JsonValue body) {
    tenants.enter(tenant);
    JsonObject in = Bodies.object(body, "safeContact", "risks", "language", "shelterArrangement");
    cards.save(
        user,
        Bodies.caseId(id),
        new CrisisCardForm(
            Bodies.text(in, "safeContact", null),
            Bodies.text(in, "risks", null),
            Bodies.text(in, "language", null),
            Bodies.text(in, "shelterArrangement", null)));
    return CrisisCardJson.of(cards.read(user, Bodies.caseId(id)));
  }
}
