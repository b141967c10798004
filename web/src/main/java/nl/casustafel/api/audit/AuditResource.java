package nl.casustafel.api.audit;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.casustafel.api.PageParams;
import nl.casustafel.api.Params;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.audit.AuditCsv;
import nl.casustafel.audit.AuditFilter;
import nl.casustafel.audit.AuditRecord;
import nl.casustafel.audit.AuditStore;
import nl.casustafel.audit.ChainedEvent;
import nl.casustafel.audit.Verification;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.shared.Page;
import nl.casustafel.shared.PageRequest;
import nl.casustafel.tenant.TenantId;

/**
 * {@code /api/v1/tenants/{tenant}/audit}: the data-sharing log for the tenant's auditor — events
 * filtered per subject, user, partner, day or exception (as JSON or CSV), and the verification of
 * the chain. Every query is itself logged. Auditors see the log, never case content.
 */
@Path("tenants/{tenant}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private AuditStore store;

  @GET
  @Path("verification")
  public JsonObject verification(@PathParam("tenant") String tenant) {
    Verification v = store.verify(user, tenants.enter(tenant).value());
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("tenant", v.tenant())
            .add("ok", v.ok())
            .add("events", v.events())
            .add("lastCheckpoint", v.lastCheckpoint())
            .add("restoredTo", Json.createArrayBuilder(v.restoredTo()));
    if (!v.ok()) {
      json.add("firstBroken", v.firstBroken()).add("reason", v.reason());
    }
    return json.build();
  }

  @GET
  @Path("events")
  public JsonObject events(
      @PathParam("tenant") String tenant,
      @QueryParam("subject") String subject,
      @QueryParam("user") String username,
      @QueryParam("partner") String partner,
      @QueryParam("day") String day,
      @QueryParam("exception") String exception,
      @BeanParam PageParams paging) {
    TenantId in = tenants.enter(tenant);
    PageRequest page = paging.request(50, "");
    Page<ChainedEvent> events =
        store.events(
            user,
            in.value(),
            filter(subject, username, partner, day, exception),
            page.first(),
            page.size());
    JsonArrayBuilder list = Json.createArrayBuilder();
    events.items().forEach(e -> list.add(json(e)));
    return Json.createObjectBuilder().add("total", events.total()).add("events", list).build();
  }

  @GET
  @Path("events.csv")
  @Produces("text/csv")
  public Response csv(
      @PathParam("tenant") String tenant,
      @QueryParam("subject") String subject,
      @QueryParam("user") String username,
      @QueryParam("partner") String partner,
      @QueryParam("day") String day,
      @QueryParam("exception") String exception) {
    TenantId in = tenants.enter(tenant);
    Page<ChainedEvent> events =
        store.events(
            user,
            in.value(),
            filter(subject, username, partner, day, exception),
            0,
            AuditCsv.MAX_ROWS);
    return Response.ok(AuditCsv.write(events.items()))
        .header("Content-Disposition", "attachment; filename=\"verstrekkingslog.csv\"")
        .build();
  }

  /** The filter of the query parameters; 400 naming the parameter when one breaks its rule. */
  static AuditFilter filter(
      String subject, String user, String partner, String day, String exception) {
    return new AuditFilter(
        blank("subject", subject),
        blank("user", user),
        blank("partner", partner),
        day(day),
        exception(exception));
  }

  private static LocalDate day(String day) {
    String text = blank("day", day);
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("day must be a date like 2026-11-28.");
    }
  }

  private static AuditFilter.Exception exception(String exception) {
    String text = blank("exception", exception);
    return text == null ? null : Params.enumOf(AuditFilter.Exception.class, "exception", text);
  }

  private static String blank(String name, String value) {
    String text = Params.textOf(name, value, Params.MAX_TEXT);
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The event as JSON: the fields of {@link AuditRecord}; a field the event lacks is left out. */
  static JsonObjectBuilder json(ChainedEvent event) {
    AuditRecord r = AuditRecord.of(event);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("seq", r.seq())
            .add("occurredAt", r.occurredAt().toString())
            .add("actor", r.actor())
            .add("roles", r.roles())
            .add("action", r.action().name())
            .add("decision", r.decision().name())
            .add("breakGlass", r.breakGlass())
            .add("traceId", r.traceId());
    add(json, "partner", r.partner());
    add(json, "onBehalfOf", r.onBehalfOf());
    add(json, "subject", r.subject());
    add(json, "categories", r.categories());
    add(json, "reason", r.reason());
    add(json, "legalBasis", r.legalBasis());
    add(json, "purpose", r.purpose());
    add(json, "originIp", r.originIp());
    if (r.caseId() != null) {
      json.add("case", r.caseId());
    }
    return json;
  }

  private static void add(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}
