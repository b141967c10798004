package nl.casustafel.api.people;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.casustafel.api.Params;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.NewPerson;
import nl.casustafel.identity.Role;
import nl.casustafel.identity.Staff;
import nl.casustafel.identity.StaffMember;

/**
 * {@code /api/v1/tenants/{tenant}/people}: the region's people and their roles, kept by its ZVH
 * manager (issue #15, part 3). A role taken away counts from the person's next request.
 */
@Path("tenants/{tenant}/people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private Staff staff;

  @GET
  public JsonObject list(@PathParam("tenant") String tenant) {
    tenants.enter(tenant);
    JsonArrayBuilder items = Json.createArrayBuilder();
    staff.members(user).forEach(m -> items.add(json(m)));
    return Json.createObjectBuilder().add("items", items).build();
  }

  /**
   * {@code {"email", "firstName", "lastName", "organisation", "role"}}: invites the person;
   * Keycloak mails them the link to set a password. 201 with {@code {"person": subject}}.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response invite(@PathParam("tenant") String tenant, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input =
        Bodies.object(body, "email", "firstName", "lastName", "organisation", "role");
    String subject =
        staff.invite(
            user,
            new NewPerson(
                Bodies.text(input, "email"),
                Bodies.text(input, "firstName"),
                Bodies.text(input, "lastName")),
            Bodies.partnerId("organisation", Bodies.text(input, "organisation")),
            Bodies.enumOf(Role.class, input, "role", null));
    return Response.status(Response.Status.CREATED)
        .entity(Json.createObjectBuilder().add("person", subject).build())
        .build();
  }

  /** Grants the role (204). */
  @PUT
  @Path("{person}/roles/{role}")
  public Response grant(
      @PathParam("tenant") String tenant,
      @PathParam("person") String person,
      @PathParam("role") String role) {
    tenants.enter(tenant);
    staff.grant(user, subject(person), Params.enumOf(Role.class, "role", role));
    return Response.noContent().build();
  }

  /** Takes the role away (204), from the person's next request on. */
  @DELETE
  @Path("{person}/roles/{role}")
  public Response revoke(
      @PathParam("tenant") String tenant,
      @PathParam("person") String person,
      @PathParam("role") String role) {
    tenants.enter(tenant);
    staff.revoke(user, subject(person), Params.enumOf(Role.class, "role", role));
    return Response.noContent().build();
  }

  /** Removes the person from the region: every role of theirs in it (204). */
  @DELETE
  @Path("{person}")
  public Response remove(@PathParam("tenant") String tenant, @PathParam("person") String person) {
    tenants.enter(tenant);
    staff.remove(user, subject(person));
    return Response.noContent().build();
  }

  static JsonObject json(StaffMember m) {
    JsonArrayBuilder roles = Json.createArrayBuilder();
    m.roles().stream().map(Enum::name).sorted().forEach(roles::add);
    return Json.createObjectBuilder()
        .add("person", m.subject())
        .add("username", m.username())
        .add("email", m.email())
        .add("name", m.name())
        .add("organisation", m.organisation())
        .add("roles", roles)
        .build();
  }

  /** A Keycloak user id is a UUID; anything else is no person of the region (404). */
  private static String subject(String person) {
    if (person == null || !person.matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}")) {
      throw new jakarta.ws.rs.NotFoundException();
    }
    return person;
  }
}
