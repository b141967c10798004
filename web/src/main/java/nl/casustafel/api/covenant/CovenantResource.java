package nl.casustafel.api.covenant;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.Comparator;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantDirectory;
import nl.casustafel.covenant.CovenantMembership;
import nl.casustafel.covenant.Grant;
import nl.casustafel.shared.AmsterdamTime;

/**
 * {@code GET /api/v1/tenants/{tenant}/covenant}: the covenant in force with its articles and every
 * partner's matrix. Readable by every member of the tenant; it holds no personal data.
 */
@Path("tenants/{tenant}/covenant")
public class CovenantResource {

  @Inject private TenantAccess tenants;
  @EJB private CovenantDirectory covenants;
  @Inject private Clock clock;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject inForce(@PathParam("tenant") String tenant) {
    tenants.enter(tenant);
    Covenant covenant =
        covenants.inForce(AmsterdamTime.today(clock)).orElseThrow(NotFoundException::new);
    JsonObjectBuilder articles = Json.createObjectBuilder();
    covenant.articles().forEach(articles::add);
    JsonArrayBuilder memberships = Json.createArrayBuilder();
    covenant.memberships().stream()
        .sorted(Comparator.comparing(m -> m.partner().value()))
        .forEach(m -> memberships.add(membership(m)));
    return Json.createObjectBuilder()
        .add("title", covenant.title())
        .add("version", covenant.version())
        .add("validFrom", covenant.validFrom().toString())
        .add("retentionMonths", covenant.retentionMonths())
        .add("articles", articles)
        .add("memberships", memberships)
        .build();
  }

  private static JsonObjectBuilder membership(CovenantMembership m) {
    JsonArrayBuilder grants = Json.createArrayBuilder();
    m.grants().stream()
        .sorted(
            Comparator.comparing((Grant g) -> g.category())
                .thenComparing(Grant::direction)
                .thenComparing(Grant::purpose))
        .forEach(
            g -> {
              JsonObjectBuilder grant =
                  Json.createObjectBuilder()
                      .add("category", g.category().name())
                      .add("direction", g.direction().name())
                      .add("purpose", g.purpose().name())
                      .add("article", g.basis().number());
              if (g.necessityGround() != null) {
                grant.add("necessityGround", g.necessityGround());
              }
              grants.add(grant);
            });
    return Json.createObjectBuilder()
        .add("partner", m.partner().value())
        .add("role", m.role().name())
        .add("validFrom", m.validFrom().toString())
        .add("grants", grants);
  }
}
