package nl.casustafel.api.casefile;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.casustafel.api.PageParams;
import nl.casustafel.api.Params;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.casefile.CaseFile;
import nl.casustafel.casefile.CaseFiles;
import nl.casustafel.casefile.CaseSummary;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.casefile.InformationItem;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.shared.Page;
import nl.casustafel.shared.PageRequest;

/**
 * {@code /api/v1/tenants/{tenant}/cases}: exactly the cases the caller may know, and each case file
 * as the policy decision point disclosed it. Search text travels in a POST body, never in the URL.
 */
@Path("tenants/{tenant}/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private CaseFiles cases;

  /** {@code ?first=0&size=20}. */
  @GET
  public JsonObject list(@PathParam("tenant") String tenant, @BeanParam PageParams paging) {
    tenants.enter(tenant);
    return page(cases.list(user, paging.request(20, "")));
  }

  @GET
  @Path("count")
  public JsonObject count(@PathParam("tenant") String tenant) {
    tenants.enter(tenant);
    long total = cases.count(user);
    return Json.createObjectBuilder().add("count", total).build();
  }

  /** {@code {"query": "...", "first": 0, "size": 20}}; matches only what the caller may see. */
  @POST
  @Path("search")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject search(@PathParam("tenant") String tenant, JsonValue body) {
    tenants.enter(tenant);
    JsonObject query = Bodies.object(body, "query", "first", "size");
    String text = Params.textOf("query", Bodies.text(query, "query", ""), Params.MAX_TEXT);
    PageRequest page =
        new PageRequest(
            Bodies.wholeNumber(query, "first", 0, 0, Params.MAX_FIRST),
            Bodies.wholeNumber(query, "size", 20, 1, PageRequest.MAX_SIZE),
            text);
    return page(cases.list(user, page));
  }

  @GET
  @Path("{id}")
  public JsonObject file(
      @PathParam("tenant") String tenant,
      @PathParam("id") String id,
      @QueryParam("purpose") @DefaultValue("CASE_CONFERENCE") String purpose) {
    tenants.enter(tenant);
    CaseFile file =
        cases
            .open(user, Bodies.caseId(id), Params.enumOf(Purpose.class, "purpose", purpose))
            .orElseThrow(CaseUnknown::new);
    JsonArrayBuilder items = Json.createArrayBuilder();
    file.items().forEach(i -> items.add(CaseJson.outcome(i, CaseJson::item)));
    return CaseJson.summary(file.summary()).add("information", items).build();
  }

  /** {@code {"category": "SOCIAL", "text": "...", "purpose": "CASE_CONFERENCE"}}. */
  @POST
  @Path("{id}/information")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addInformation(
      @PathParam("tenant") String tenant, @PathParam("id") String id, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "category", "text", "purpose");
    DataCategory category = Bodies.enumOf(DataCategory.class, input, "category", null);
    String text = Bodies.text(input, "text");
    Purpose purpose = Bodies.enumOf(Purpose.class, input, "purpose", Purpose.CASE_CONFERENCE);
    InformationItem item = cases.add(user, Bodies.caseId(id), category, text, purpose);
    return Response.status(Response.Status.CREATED).entity(CaseJson.item(item).build()).build();
  }

  private static JsonObject page(Page<CaseSummary> page) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    page.items().forEach(c -> items.add(CaseJson.summary(c)));
    return Json.createObjectBuilder().add("total", page.total()).add("cases", items).build();
  }
}
