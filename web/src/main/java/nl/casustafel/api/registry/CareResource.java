package nl.casustafel.api.registry;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.casefile.CareEpisodes;
import nl.casustafel.casefile.CareItem;
import nl.casustafel.casefile.CareKind;
import nl.casustafel.identity.CurrentUser;

/**
 * {@code POST /api/v1/tenants/{tenant}/cases/{id}/care}: the caller's organisation records a care
 * episode it provides, if the covenant lets it provide the episode's category.
 */
@Path("tenants/{tenant}/cases/{id}/care")
@Produces(MediaType.APPLICATION_JSON)
public class CareResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private CareEpisodes care;

  /** {@code {"kind": "SHELTER", "start": "2026-11-01", "end": "...", "outcome": "..."}}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(
      @PathParam("tenant") String tenant, @PathParam("id") String id, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "kind", "start", "end", "outcome");
    CareItem item =
        care.add(
            user,
            Bodies.caseId(id),
            Bodies.enumOf(CareKind.class, input, "kind", null),
            Bodies.date(input, "start")
                .orElseThrow(() -> new IllegalArgumentException("start is required.")),
            Bodies.date(input, "end").orElse(null),
            Bodies.text(input, "outcome", null));
    return Response.status(Response.Status.CREATED).entity(CareJson.item(item).build()).build();
  }
}
