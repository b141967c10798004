package nl.casustafel.api.registry;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.api.casefile.Bodies;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.registry.Referral;
import nl.casustafel.registry.Referrals;
import nl.casustafel.registry.SignalSource;

/**
 * {@code /api/v1/tenants/{tenant}/referrals}: a partner refers a case (aanmelding) and sees its own
 * organisation's referrals with their triage outcome, never the person again; {@code .../signals}:
 * the ZVH's staff register a signal from another source, anonymous if need be.
 */
@Path("tenants/{tenant}")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralsResource {

  private static final String[] FIELDS = {
    "person", "caseType", "reason", "goal", "partnersToInvite"
  };

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private Referrals referrals;

  /**
   * {@code {"person": {"name", "dateOfBirth", "bsn", ...}, "caseType", "reason", "goal",
   * "partnersToInvite"}} → 201 with the referral's number and triage date.
   */
  @POST
  @Path("referrals")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response refer(@PathParam("tenant") String tenant, JsonValue body) {
    tenants.enter(tenant);
    Referral referral = referrals.refer(user, ReferralJson.form(Bodies.object(body, FIELDS), true));
    // Not whether it is a repeat: that would tell a partner about the person's earlier cases.
    return created(referral, false);
  }

  @GET
  @Path("referrals")
  public JsonObject mine(@PathParam("tenant") String tenant) {
    tenants.enter(tenant);
    JsonArrayBuilder list = Json.createArrayBuilder();
    referrals.mine(user).forEach(r -> list.add(ReferralJson.receipt(r)));
    return Json.createObjectBuilder().add("referrals", list).build();
  }

  /** As a referral, plus {@code "source"} (not REFERRAL); {@code person} may be left out. */
  @POST
  @Path("signals")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response signal(@PathParam("tenant") String tenant, JsonValue body) {
    tenants.enter(tenant);
    String[] fields = {"source", "person", "caseType", "reason", "goal", "partnersToInvite"};
    jakarta.json.JsonObject input = Bodies.object(body, fields);
    SignalSource source = Bodies.enumOf(SignalSource.class, input, "source", null);
    Referral signal = referrals.registerSignal(user, source, ReferralJson.form(input, false));
    return created(signal, true);
  }

  private static Response created(Referral referral, boolean byZvhStaff) {
    var json =
        Json.createObjectBuilder()
            .add("id", referral.id())
            .add("referral", referral.reference())
            .add("triageDate", referral.triageDate().toString());
    if (byZvhStaff) {
      json.add("repeat", referral.repeat());
    }
    return Response.status(Response.Status.CREATED).entity(json.build()).build();
  }
}
