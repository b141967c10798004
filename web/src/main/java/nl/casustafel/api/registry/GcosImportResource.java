package nl.casustafel.api.registry;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.registry.GcosImports;
import nl.casustafel.registry.gcos.GcosSource;
import nl.casustafel.registry.gcos.ImportRefused;
import nl.casustafel.registry.gcos.ImportReport;
import nl.casustafel.registry.gcos.LineReport;

/**
 * {@code POST /api/v1/tenants/{tenant}/imports/gcos[?commit=true]} with a GCOS export as the body
 * (any content type; at most {@link #MAX_BYTES}): the dry-run report per line, or — with {@code
 * commit=true} — the whole file stored (201) or nothing (422 with the rejected lines). The report
 * holds no personal data, only line numbers, verdicts and reasons.
 */
@jakarta.ws.rs.Path("tenants/{tenant}/imports/gcos")
@Produces(MediaType.APPLICATION_JSON)
public class GcosImportResource {

  /** 100 MB: about a million GCOS lines. */
  public static final long MAX_BYTES = 100L * 1024 * 1024;

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private GcosImports imports;

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      @PathParam("tenant") String tenant,
      @QueryParam("commit") @DefaultValue("false") String commit,
      InputStream body)
      throws IOException {
    tenants.enter(tenant);
    if (!commit.equals("true") && !commit.equals("false")) {
      throw new IllegalArgumentException("commit must be true or false.");
    }
    boolean store = commit.equals("true");
    imports.refuseUnlessManager(user); // before a byte of the upload is stored (logged)
    java.nio.file.Path file = Files.createTempFile("gcos-", ".csv");
    try {
      copyAtMost(body, file);
      GcosSource source = GcosSource.of(file);
      if (!store) {
        return Response.ok(json(imports.dryRun(user, source))).build();
      }
      try {
        return Response.status(Response.Status.CREATED)
            .entity(json(imports.commit(user, source)))
            .build();
      } catch (ImportRefused e) {
        return Response.status(422).entity(json(e.report())).build();
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void copyAtMost(InputStream body, java.nio.file.Path file) throws IOException {
    try (InputStream in = body;
        var out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > MAX_BYTES) {
          throw new jakarta.ws.rs.WebApplicationException(
              Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                  .type(MediaType.APPLICATION_JSON)
                  .entity(
                      Json.createObjectBuilder()
                          .add("error", "A GCOS file may be at most " + MAX_BYTES + " bytes.")
                          .build())
                  .build());
        }
        out.write(buffer, 0, n);
      }
    }
  }

  static JsonObject json(ImportReport report) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    report.optionalFileError().ifPresent(e -> json.add("fileError", e));
    var t = report.totals();
    json.add(
        "totals",
        Json.createObjectBuilder()
            .add("lines", t.lines())
            .add("newClients", t.newClients())
            .add("newCases", t.newCases())
            .add("newMeetings", t.newMeetings())
            .add("alreadyPresent", t.alreadyPresent())
            .add("rejected", t.rejected()));
    JsonArrayBuilder lines = Json.createArrayBuilder();
    report.lines().forEach(l -> lines.add(line(l)));
    return json.add("committable", report.committable()).add("lines", lines).build();
  }

  private static JsonObjectBuilder line(LineReport l) {
    JsonArrayBuilder messages = Json.createArrayBuilder();
    l.messages().forEach(messages::add);
    return Json.createObjectBuilder()
        .add("line", l.line())
        .add("outcome", l.outcome().name())
        .add("relatedLine", l.relatedLine())
        .add("text", l.describe())
        .add("messages", messages);
  }
}
