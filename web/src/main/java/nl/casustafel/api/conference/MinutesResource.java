package nl.casustafel.api.conference;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.conference.Meetings;
import nl.casustafel.identity.CurrentUser;

/**
 * {@code PUT /api/v1/tenants/{tenant}/minutes/{paragraph}}: replaces a paragraph's text, naming the
 * version the writer saw; a newer version answers 409 and stores nothing.
 */
@Path("tenants/{tenant}/minutes")
@Produces(MediaType.APPLICATION_JSON)
public class MinutesResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private Meetings meetings;

  /** {@code {"version": 3, "text": "..."}}. */
  @PUT
  @Path("{paragraph}")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject rewrite(
      @PathParam("tenant") String tenant, @PathParam("paragraph") String id, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "version", "text");
    var paragraph =
        meetings.rewrite(
            user,
            ConferenceBodies.id(id),
            Bodies.wholeNumber(input, "version", -1, 0, Integer.MAX_VALUE),
            Bodies.text(input, "text"));
    return ConferenceJson.record(paragraph).add("category", paragraph.category().name()).build();
  }
}
