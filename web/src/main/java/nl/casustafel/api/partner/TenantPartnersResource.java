package nl.casustafel.api.partner;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import nl.casustafel.api.PageParams;
import nl.casustafel.api.Params;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.CrisisService;
import nl.casustafel.partner.NewPartner;
import nl.casustafel.partner.Partner;
import nl.casustafel.partner.PartnerDirectory;
import nl.casustafel.partner.PartnerKeeping;
import nl.casustafel.partner.PartnerKind;
import nl.casustafel.shared.Page;
import nl.casustafel.shared.PageRequest;
import nl.casustafel.tenant.TenantId;

/** {@code GET /api/v1/tenants/{tenant}/partners}: the partners working in a tenant, by name. */
@Path("tenants/{tenant}/partners")
public class TenantPartnersResource {

  @Inject private TenantAccess tenants;
  @EJB private PartnerDirectory partners;
  @EJB private PartnerKeeping keeping;
  @Inject private CurrentUser user;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject list(
      @PathParam("tenant") String tenant,
      @BeanParam PageParams paging,
      @QueryParam("filter") String filter) {
    TenantId in = tenants.enter(tenant);
    PageRequest request = paging.request(25, Params.textOf("filter", filter, Params.MAX_TEXT));
    Page<Partner> page = partners.partnersOf(in, request);
    JsonArrayBuilder items = Json.createArrayBuilder();
    page.items()
        .forEach(
            p ->
                items.add(
                    Json.createObjectBuilder()
                        .add("id", p.getId().value())
                        .add("name", p.getName())
                        .add("kind", p.getKind().name())));
    return Json.createObjectBuilder().add("total", page.total()).add("items", items).build();
  }

  /**
   * {@code {"id", "name", "kind", "emailDomain", "identityProvider", "municipality",
   * "crisisService"}}: adds a new organisation, or links one that works in another region (then
   * only {@code id} counts). {@code municipality}: for a MUNICIPALITY, the one of the region it is;
   * {@code crisisService}: ADULT or YOUTH for a crisis service (issue #13). 201; 409 when it works
   * here already; 403 unless the ZVH manager.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response add(@PathParam("tenant") String tenant, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input =
        Bodies.object(
            body,
            "id",
            "name",
            "kind",
            "emailDomain",
            "identityProvider",
            "municipality",
            "crisisService");
    NewPartner spec =
        new NewPartner(
            Bodies.partnerId("id", Bodies.text(input, "id")),
            Bodies.text(input, "name"),
            Bodies.enumOf(PartnerKind.class, input, "kind", null),
            Optional.ofNullable(Bodies.text(input, "emailDomain", null)),
            Optional.ofNullable(Bodies.text(input, "identityProvider", null)),
            Optional.ofNullable(Bodies.text(input, "municipality", null)),
            input.containsKey("crisisService")
                ? Optional.of(Bodies.enumOf(CrisisService.class, input, "crisisService", null))
                : Optional.empty());
    Partner partner = keeping.add(user, spec);
    return Response.status(Response.Status.CREATED)
        .entity(
            Json.createObjectBuilder()
                .add("id", partner.getId().value())
                .add("name", partner.getName())
                .add("kind", partner.getKind().name())
                .build())
        .build();
  }
}
