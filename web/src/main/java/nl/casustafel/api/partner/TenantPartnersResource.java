package nl.casustafel.api.partner;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.casustafel.api.PageParams;
import nl.casustafel.api.Params;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.partner.Partner;
import nl.casustafel.partner.PartnerDirectory;
import nl.casustafel.shared.Page;
import nl.casustafel.shared.PageRequest;
import nl.casustafel.tenant.TenantId;

/** {@code GET /api/v1/tenants/{tenant}/partners}: the partners working in a tenant, by name. */
@Path("tenants/{tenant}/partners")
public class TenantPartnersResource {

  @Inject private TenantAccess tenants;
  @EJB private PartnerDirectory partners;

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
}
