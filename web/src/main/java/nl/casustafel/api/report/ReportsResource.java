package nl.casustafel.api.report;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import nl.casustafel.api.Params;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.report.Period;
import nl.casustafel.report.ProgressCsv;
import nl.casustafel.report.ProgressPdf;
import nl.casustafel.report.ProgressReports;
import nl.casustafel.report.ProgressText;
import nl.casustafel.report.suppression.Figure;
import nl.casustafel.report.suppression.Published;

/**
 * {@code /api/v1/tenants/{tenant}/reports}: the progress report (voortgangsrapportage, issue #13
 * part 4) for the ZVH's staff — {@code progress} exact as JSON, {@code progress.csv} and {@code
 * progress.pdf} suppressed below k, as they leave the ZVH — {@code comensha.csv}, the anonymised
 * per-victim export for CoMensha (part 6), and {@code municipality}, the suppressed figures of a
 * liaison's own municipality (part 5). Query parameters {@code from} and {@code to} are Amsterdam
 * days (yyyy-mm-dd, inclusive; default the current calendar year), {@code municipality} narrows the
 * staff's report to one municipality of the region.
 */
@Path("tenants/{tenant}/reports")
public class ReportsResource {

  /** Documents leave the ZVH in Dutch. */
  private static final java.util.function.Function<String, String> DUTCH =
      ProgressText.labels(ProgressText.DUTCH);

  @Inject private TenantAccess tenants;
  @Inject private CurrentUser user;
  @EJB private ProgressReports reports;

  /** The report with every figure exact (ZVH staff). */
  @GET
  @Path("progress")
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject progress(
      @PathParam("tenant") String tenant,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("municipality") String municipality) {
    tenants.enter(tenant);
    return json(reports.internal(user, period(from, to), municipality(municipality)));
  }

  /** The report suppressed below k, as CSV (semicolons, UTF-8 with BOM). */
  @GET
  @Path("progress.csv")
  @Produces("text/csv")
  public Response csv(
      @PathParam("tenant") String tenant,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("municipality") String municipality) {
    tenants.enter(tenant);
    Published report = reports.export(user, period(from, to), municipality(municipality), "csv");
    StringWriter out = new StringWriter();
    try {
      ProgressCsv.write(report, DUTCH, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
    }
    return attachment(
        out.toString().getBytes(StandardCharsets.UTF_8),
        report.period().fileName("voortgangsrapportage", "csv"));
  }

  /** The report suppressed below k, as PDF. */
  @GET
  @Path("progress.pdf")
  @Produces("application/pdf")
  public Response pdf(
      @PathParam("tenant") String tenant,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("municipality") String municipality) {
    tenants.enter(tenant);
    Published report = reports.export(user, period(from, to), municipality(municipality), "pdf");
    byte[] pdf = ProgressPdf.render(report, reports.tenantName(), DUTCH);
    return attachment(pdf, report.period().fileName("voortgangsrapportage", "pdf"));
  }

  /** The CoMensha export of the period: one anonymised line per victim (ZVH staff). */
  @GET
  @Path("comensha.csv")
  @Produces("text/csv")
  public Response coMensha(
      @PathParam("tenant") String tenant,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    tenants.enter(tenant);
    Period period = period(from, to);
    byte[] csv = reports.coMensha(user, period).getBytes(StandardCharsets.UTF_8);
    return attachment(csv, period.fileName("comensha", "csv"));
  }

  /**
   * The liaison's own municipality for one calendar year ({@code year}, default the previous one),
   * suppressed below k.
   */
  @GET
  @Path("municipality")
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject municipality(
      @PathParam("tenant") String tenant, @QueryParam("year") String year) {
    tenants.enter(tenant);
    int previous = LocalDate.now(nl.casustafel.shared.AmsterdamTime.ZONE).getYear() - 1;
    return json(reports.municipal(user, Params.intOf("year", year, previous, 2000, 2100)));
  }

  static Period period(String from, String to) {
    int year = LocalDate.now(nl.casustafel.shared.AmsterdamTime.ZONE).getYear();
    return new Period(
        day("from", from).orElse(LocalDate.of(year, 1, 1)),
        day("to", to).orElse(LocalDate.of(year, 12, 31)));
  }

  private static Optional<LocalDate> day(String name, String raw) {
    if (raw == null || raw.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(raw));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a day as yyyy-mm-dd.");
    }
  }

  private static Optional<String> municipality(String raw) {
    return raw == null || raw.isBlank()
        ? Optional.empty()
        : Optional.of(Params.textOf("municipality", raw, 100));
  }

  private static Response attachment(byte[] body, String fileName) {
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  static JsonObject json(Published report) {
    JsonArrayBuilder groups = Json.createArrayBuilder();
    report
        .groups()
        .forEach(
            g -> {
              JsonArrayBuilder tables = Json.createArrayBuilder();
              g.tables()
                  .forEach(
                      t -> {
                        JsonArrayBuilder cells = Json.createArrayBuilder();
                        t.cells()
                            .forEach(
                                c ->
                                    cells.add(
                                        figure(
                                            Json.createObjectBuilder().add("code", c.code()),
                                            c.figure())));
                        tables.add(
                            Json.createObjectBuilder().add("key", t.key()).add("cells", cells));
                      });
              groups.add(
                  figure(Json.createObjectBuilder().add("key", g.key()), g.total())
                      .add("tables", tables));
            });
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("from", report.period().from().toString())
            .add("to", report.period().to().toString())
            .add("k", report.k())
            .add("groups", groups);
    report.municipality().ifPresent(m -> json.add("municipality", m));
    return json.build();
  }

  /** {@code count} when exact, and always {@code shown} ("12", "< 5", "×"). */
  private static JsonObjectBuilder figure(JsonObjectBuilder json, Figure figure) {
    if (figure instanceof Figure.Exact exact) {
      json.add("count", exact.value());
    }
    return json.add("shown", figure.display());
  }
}
