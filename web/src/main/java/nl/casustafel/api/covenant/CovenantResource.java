package nl.casustafel.api.covenant;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import nl.casustafel.api.TenantAccess;
import nl.casustafel.covenant.CovenantDirectory;
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
    return covenants
        .inForce(AmsterdamTime.today(clock))
        .map(CovenantJson::version)
        .orElseThrow(NotFoundException::new);
  }
}
