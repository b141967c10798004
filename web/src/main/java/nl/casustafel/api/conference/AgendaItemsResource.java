package nl.casustafel.api.conference;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.conference.Agendas;
import nl.casustafel.conference.Agreement;
import nl.casustafel.conference.Agreements;
import nl.casustafel.conference.Meetings;
import nl.casustafel.conference.ParagraphKind;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.identity.CurrentUser;

/**
 * {@code /api/v1/tenants/{tenant}/agenda-items/{item}/…}: one agenda item — invitations, timebox,
 * order, removal, and during the conference its minutes and agreements.
 */
@Path("tenants/{tenant}/agenda-items")
@Produces(MediaType.APPLICATION_JSON)
public class AgendaItemsResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private Agendas agendas;
  @EJB private Meetings meetings;
  @EJB private Agreements agreements;

  /** {@code {"partner": "veilig-thuis-gooi-en-vechtstreek"}}: invites it for this item. */
  @POST
  @Path("{item}/invitations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response invite(
      @PathParam("tenant") String tenant, @PathParam("item") String item, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "partner");
    String partner = Bodies.text(input, "partner");
    boolean created =
        agendas.invite(user, ConferenceBodies.id(item), Bodies.partnerId("partner", partner));
    return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
        .entity(Json.createObjectBuilder().add("partner", partner).add("invited", true).build())
        .build();
  }

  /** {@code {"minutes": 20}} (1–120). */
  @POST
  @Path("{item}/timebox")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject timebox(
      @PathParam("tenant") String tenant, @PathParam("item") String item, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "minutes");
    int minutes = Bodies.wholeNumber(input, "minutes", -1, 1, 120);
    agendas.timebox(user, ConferenceBodies.id(item), minutes);
    return Json.createObjectBuilder().add("timeboxMinutes", minutes).build();
  }

  /** {@code {"position": 1}}: moves the item; the others keep their order. */
  @POST
  @Path("{item}/position")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject position(
      @PathParam("tenant") String tenant, @PathParam("item") String item, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "position");
    int position = Bodies.wholeNumber(input, "position", -1, 1, 500);
    agendas.reorder(user, ConferenceBodies.id(item), position);
    return Json.createObjectBuilder().add("position", position).build();
  }

  /** Takes the item off the agenda, if it has no minutes yet. */
  @DELETE
  @Path("{item}")
  public Response remove(@PathParam("tenant") String tenant, @PathParam("item") String item) {
    tenants.enter(tenant);
    agendas.remove(user, ConferenceBodies.id(item));
    return Response.noContent().build();
  }

  /** {@code {"category": "SOCIAL", "kind": "DISCUSSION|DECISION", "text": "..."}}. */
  @POST
  @Path("{item}/minutes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response write(
      @PathParam("tenant") String tenant, @PathParam("item") String item, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "category", "kind", "text");
    var paragraph =
        meetings.write(
            user,
            ConferenceBodies.id(item),
            Bodies.enumOf(DataCategory.class, input, "category", null),
            Bodies.enumOf(ParagraphKind.class, input, "kind", ParagraphKind.DISCUSSION),
            Bodies.text(input, "text"));
    return Response.status(Response.Status.CREATED)
        .entity(
            ConferenceJson.record(paragraph).add("category", paragraph.category().name()).build())
        .build();
  }

  /** {@code {"category": "SOCIAL", "what": "...", "owner": "<partner>", "dueOn": "2026-12-22"}}. */
  @POST
  @Path("{item}/agreements")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response agree(
      @PathParam("tenant") String tenant, @PathParam("item") String item, JsonValue body) {
    tenants.enter(tenant);
    JsonObject input = Bodies.object(body, "category", "what", "owner", "dueOn");
    var pact =
        agreements.make(
            user,
            ConferenceBodies.id(item),
            new Agreement.Terms(
                Bodies.enumOf(DataCategory.class, input, "category", null),
                Bodies.text(input, "what"),
                Bodies.partnerId("owner", Bodies.text(input, "owner")),
                Bodies.date(input, "dueOn")
                    .orElseThrow(() -> new IllegalArgumentException("dueOn is required."))));
    return Response.status(Response.Status.CREATED)
        .entity(ConferenceJson.record(pact).add("category", pact.category().name()).build())
        .build();
  }
}
