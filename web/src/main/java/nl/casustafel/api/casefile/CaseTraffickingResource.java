package nl.casustafel.api.casefile;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.api.Params;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.casefile.ExploitationForm;
import nl.casustafel.casefile.TraffickingDetails;
import nl.casustafel.casefile.TraffickingView;
import nl.casustafel.casefile.trafficking.ControlMeans;
import nl.casustafel.casefile.trafficking.JusticeFacts;
import nl.casustafel.casefile.trafficking.LabourSector;
import nl.casustafel.casefile.trafficking.PoliceReport;
import nl.casustafel.casefile.trafficking.RecruitmentMeans;
import nl.casustafel.casefile.trafficking.ResidenceProcedure;
import nl.casustafel.casefile.trafficking.VictimFacts;
import nl.casustafel.casefile.trafficking.VictimStatus;
import nl.casustafel.identity.CurrentUser;

/**
 * {@code /api/v1/tenants/{tenant}/cases/{id}/trafficking} (issue #13, part 1): the case's
 * trafficking details, {@code victim} (VICTIM_STATUS: form, sector, otherForm, municipality,
 * status, statusBy, statusOn, recruitment, control, comenshaRegistered, comenshaOn) and {@code
 * justice} (JUSTICE: residence, policeReport) — each disclosed with its basis or redacted; PUT
 * replaces the halves it names, each on its own grant. Days are Amsterdam days (yyyy-mm-dd).
 */
@Path("tenants/{tenant}/cases/{id}/trafficking")
@Produces(MediaType.APPLICATION_JSON)
public class CaseTraffickingResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private TraffickingDetails details;

  @GET
  public JsonObject read(@PathParam("tenant") String tenant, @PathParam("id") String id) {
    tenants.enter(tenant);
    return json(details.read(user, Bodies.caseId(id)));
  }

  /** Replaces the halves in the body and answers the details as the writer now sees them. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject write(
      @PathParam("tenant") String tenant, @PathParam("id") String id, JsonValue body) {
    tenants.enter(tenant);
    JsonObject in = Bodies.object(body, "victim", "justice");
    Optional<VictimFacts> victim =
        Bodies.objectField(
                in,
                "victim",
                "form",
                "sector",
                "otherForm",
                "municipality",
                "status",
                "statusBy",
                "statusOn",
                "recruitment",
                "control",
                "comenshaRegistered",
                "comenshaOn")
            .map(CaseTraffickingResource::victim);
    Optional<JusticeFacts> justice =
        Bodies.objectField(in, "justice", "residence", "policeReport")
            .map(
                j ->
                    new JusticeFacts(
                        optionalEnum(ResidenceProcedure.class, j, "residence"),
                        optionalEnum(PoliceReport.class, j, "policeReport")));
    details.save(user, Bodies.caseId(id), victim, justice);
    return json(details.read(user, Bodies.caseId(id)));
  }

  private static VictimFacts victim(JsonObject v) {
    return new VictimFacts(
        optionalEnum(ExploitationForm.class, v, "form"),
        optionalEnum(LabourSector.class, v, "sector"),
        Optional.ofNullable(Bodies.text(v, "otherForm", null)),
        Optional.ofNullable(Bodies.text(v, "municipality", null)),
        optionalEnum(VictimStatus.class, v, "status"),
        Optional.ofNullable(Bodies.text(v, "statusBy", null))
            .map(p -> Bodies.partnerId("statusBy", p)),
        Bodies.date(v, "statusOn"),
        codes(RecruitmentMeans.class, v, "recruitment"),
        codes(ControlMeans.class, v, "control"),
        v.containsKey("comenshaRegistered")
            ? Optional.of(Bodies.bool(v, "comenshaRegistered", false))
            : Optional.empty(),
        Bodies.date(v, "comenshaOn"));
  }

  private static <E extends Enum<E>> Optional<E> optionalEnum(
      Class<E> type, JsonObject in, String field) {
    return in.containsKey(field) && in.get(field) != JsonValue.NULL
        ? Optional.of(Bodies.enumOf(type, in, field, null))
        : Optional.empty();
  }

  private static <E extends Enum<E>> Set<E> codes(Class<E> type, JsonObject in, String field) {
    Set<E> set = EnumSet.noneOf(type);
    if (!in.containsKey(field)) {
      return set;
    }
    if (!(in.get(field) instanceof JsonArray array) || array.size() > 20) {
      throw new IllegalArgumentException(field + " must be a list of at most 20 codes.");
    }
    for (JsonValue value : array) {
      set.add(Params.enumOf(type, field, value instanceof JsonString s ? s.getString() : null));
    }
    return set;
  }

  static JsonObject json(TraffickingView view) {
    return Json.createObjectBuilder()
        .add("reference", view.reference())
        .add("victim", CaseJson.outcome(view.victim(), CaseTraffickingResource::victimJson))
        .add("justice", CaseJson.outcome(view.justice(), CaseTraffickingResource::justiceJson))
        .build();
  }

  private static JsonObjectBuilder victimJson(VictimFacts v) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    v.form().ifPresent(f -> json.add("form", f.name()));
    v.sector().ifPresent(s -> json.add("sector", s.name()));
    v.otherForm().ifPresent(o -> json.add("otherForm", o));
    v.municipality().ifPresent(m -> json.add("municipality", m));
    v.status().ifPresent(s -> json.add("status", s.name()));
    v.statusBy().ifPresent(p -> json.add("statusBy", p.value()));
    v.statusOn().ifPresent(d -> json.add("statusOn", d.toString()));
    json.add("recruitment", names(v.recruitment()));
    json.add("control", names(v.control()));
    v.comenshaRegistered().ifPresent(r -> json.add("comenshaRegistered", r));
    v.comenshaOn().ifPresent(d -> json.add("comenshaOn", d.toString()));
    return json;
  }

  private static JsonObjectBuilder justiceJson(JusticeFacts j) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    j.residence().ifPresent(r -> json.add("residence", r.name()));
    j.policeReport().ifPresent(p -> json.add("policeReport", p.name()));
    return json;
  }

  private static JsonArrayBuilder names(Set<? extends Enum<?>> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.stream().map(Enum::name).sorted().forEach(array::add);
    return array;
  }
}
