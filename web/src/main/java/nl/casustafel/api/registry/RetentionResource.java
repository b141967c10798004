package nl.casustafel.api.registry;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.registry.DestructionItem;
import nl.casustafel.registry.DestructionProposal;
import nl.casustafel.registry.DestructionResult;
import nl.casustafel.registry.Retention;
import nl.casustafel.registry.YearlyFigure;

/**
 * {@code /api/v1/tenants/{tenant}/retention}: the destruction list for the ZVH manager (review,
 * build now, approve and execute) and the yearly figures for the manager and the auditor. The list
 * holds case references, types and Amsterdam dates (yyyy-mm-dd), never a person's name.
 */
@Path("tenants/{tenant}/retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private Retention retention;

  /** The current proposal: {@code {"list": {...}}}, or {@code {"list": null}} when none. */
  @GET
  @Path("destruction-list")
  public JsonObject proposal(@PathParam("tenant") String tenant) {
    tenants.enter(tenant);
    JsonObjectBuilder json = Json.createObjectBuilder();
    retention
        .proposal(user)
        .ifPresentOrElse(p -> json.add("list", json(p)), () -> json.addNull("list"));
    return json.build();
  }

  /** Builds today's proposal now (201), the same day's again if there is one. */
  @POST
  @Path("destruction-list")
  public Response build(@PathParam("tenant") String tenant) {
    tenants.enter(tenant);
    DestructionProposal proposal = retention.build(user);
    return Response.status(Response.Status.CREATED)
        .entity(Json.createObjectBuilder().add("list", json(proposal)).build())
        .build();
  }

  /**
   * {@code {"confirm": true}}: approves the proposal and destroys what is on it, in one
   * transaction. A list the tenant does not have is 404; one that is no longer a proposal 400.
   */
  @POST
  @Path("destruction-list/{list}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject approve(
      @PathParam("tenant") String tenant, @PathParam("list") String list, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "confirm");
    if (!input.containsKey("confirm") || !Bodies.bool(input, "confirm", false)) {
      throw new IllegalArgumentException(
          "confirm must be true: approving destroys the listed cases and persons for good.");
    }
    long id = CaseId.parse(list).orElseThrow(CaseUnknown::new).value();
    DestructionResult result = retention.approve(user, id);
    return Json.createObjectBuilder()
        .add("list", result.listId())
        .add("destroyedCases", result.cases())
        .add("destroyedPersons", result.persons())
        .build();
  }

  /**
   * The yearly figures: cases opened per Amsterdam year, type and form, destroyed ones included.
   */
  @GET
  @Path("figures")
  public JsonObject figures(@PathParam("tenant") String tenant) {
    tenants.enter(tenant);
    List<YearlyFigure> figures = retention.figures(user);
    JsonArrayBuilder rows = Json.createArrayBuilder();
    figures.forEach(
        f ->
            rows.add(
                Json.createObjectBuilder()
                    .add("year", f.year())
                    .add("type", f.type().name())
                    .add("exploitationForm", f.form())
                    .add("cases", f.cases())));
    return Json.createObjectBuilder().add("figures", rows).build();
  }

  static JsonObject json(DestructionProposal p) {
    JsonArrayBuilder cases = Json.createArrayBuilder();
    p.cases().forEach(c -> cases.add(json(c)));
    return Json.createObjectBuilder()
        .add("id", p.id())
        .add("builtAt", p.builtAt().toString())
        .add("builtForDay", p.builtForDay().toString())
        .add("cases", cases)
        .add("persons", p.persons())
        .build();
  }

  private static JsonObject json(DestructionItem c) {
    return Json.createObjectBuilder()
        .add("reference", c.reference())
        .add("type", c.type().name())
        .add("closedOn", c.closedOn().toString())
        .add("destroyAfter", c.destroyAfter().toString())
        .build();
  }
}
