package nl.casustafel.api.covenant;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantVersions;
import nl.casustafel.identity.CurrentUser;

/**
 * {@code /api/v1/tenants/{tenant}/covenant/versions}: every version of the covenant (members read
 * adopted ones; the ZVH manager also drafts), and the manager's work on a draft: edit, review (diff
 * and effect), adopt with the day it takes force, record signatures, discard (issue #15, part 4).
 */
@Path("tenants/{tenant}/covenant/versions")
@Produces(MediaType.APPLICATION_JSON)
public class CovenantVersionsResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private CovenantVersions versions;

  @GET
  public JsonObject list(@PathParam("tenant") String tenant) {
    tenants.enter(tenant);
    JsonArrayBuilder items = Json.createArrayBuilder();
    versions.versions(user).forEach(v -> items.add(CovenantJson.summary(v)));
    return Json.createObjectBuilder().add("items", items).build();
  }

  /** A new draft, copied from the version in force: 201; 409 while another draft exists. */
  @POST
  public Response draft(@PathParam("tenant") String tenant) {
    tenants.enter(tenant);
    Covenant draft = versions.draft(user);
    return Response.status(Response.Status.CREATED).entity(CovenantJson.version(draft)).build();
  }

  @GET
  @Path("{version}")
  public JsonObject version(@PathParam("tenant") String tenant, @PathParam("version") String v) {
    tenants.enter(tenant);
    return versions
        .version(user, number(v))
        .map(CovenantJson::version)
        .orElseThrow(NotFoundException::new);
  }

  /** Replaces the draft's terms ({@link TermsBody}); 409 when the version is adopted. */
  @PUT
  @Path("{version}")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject redraft(
      @PathParam("tenant") String tenant, @PathParam("version") String v, JsonValue body) {
    tenants.enter(tenant);
    int version = number(v);
    return CovenantJson.version(versions.redraft(user, version, TermsBody.parse(body)));
  }

  /** The draft's changes against the version in force and their effect on open cases. */
  @GET
  @Path("{version}/review")
  public JsonObject review(
      @PathParam("tenant") String tenant,
      @PathParam("version") String v,
      @QueryParam("takesForce") String takesForce) {
    tenants.enter(tenant);
    int version = number(v);
    return CovenantJson.review(versions.review(user, version, day("takesForce", takesForce)));
  }

  /** {@code {"takesForce": "yyyy-mm-dd"}}: adopts the draft; 400 naming the rules it breaks. */
  @POST
  @Path("{version}/adoption")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject adopt(
      @PathParam("tenant") String tenant, @PathParam("version") String v, JsonValue body) {
    tenants.enter(tenant);
    int version = number(v);
    JsonObject input = Bodies.object(body, "takesForce");
    LocalDate day =
        Bodies.date(input, "takesForce")
            .orElseThrow(() -> new IllegalArgumentException("takesForce is required."));
    return CovenantJson.version(versions.adopt(user, version, day));
  }

  /** {@code {"partner", "signer", "signedOn"}}: records the partner's signature (204). */
  @POST
  @Path("{version}/signatures")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response sign(
      @PathParam("tenant") String tenant, @PathParam("version") String v, JsonValue body) {
    tenants.enter(tenant);
    int version = number(v);
    JsonObject input = Bodies.object(body, "partner", "signer", "signedOn");
    versions.sign(
        user,
        version,
        Bodies.partnerId("partner", Bodies.text(input, "partner")),
        Bodies.text(input, "signer"),
        Bodies.date(input, "signedOn")
            .orElseThrow(() -> new IllegalArgumentException("signedOn is required.")));
    return Response.noContent().build();
  }

  /** Throws a draft away (204); 409 for an adopted version. */
  @DELETE
  @Path("{version}")
  public Response discard(@PathParam("tenant") String tenant, @PathParam("version") String v) {
    tenants.enter(tenant);
    versions.discard(user, number(v));
    return Response.noContent().build();
  }

  /** A version number of 1 to 9999; anything else is no version (404). */
  private static int number(String value) {
    if (value == null || !value.matches("[1-9][0-9]{0,3}")) {
      throw new NotFoundException();
    }
    return Integer.parseInt(value);
  }

  private static LocalDate day(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " must be a date as yyyy-mm-dd.");
    }
  }
}
