package nl.casustafel.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import nl.casustafel.shared.BaselineRequest;

/**
 * The benchmark's baseline (issue #14): {@code /api/v1/baseline/...} is the same endpoint as {@code
 * /api/v1/...}, served without the policy decision point and without the log write, so that {@code
 * ./casustafel bench} measures their cost on the very same code path. It exists only when the
 * test-only switch {@code CASUSTAFEL_BENCH_BASELINE=true} is on (a start outside demo mode refuses
 * it); otherwise the path is 404 like any unknown one.
 */
@Provider
@PreMatching
public class BaselineRoute implements ContainerRequestFilter {

  private static final String PREFIX = "baseline/";

  @Inject private BaselineRequest baseline;

  @Override
  public void filter(ContainerRequestContext request) {
    String base = request.getUriInfo().getBaseUri().toString();
    String uri = request.getUriInfo().getRequestUri().toString();
    if (!uri.startsWith(base + PREFIX)) {
      return;
    }
    if (!baseline.switchedOn()) {
      request.abortWith(Response.status(Response.Status.NOT_FOUND).build());
      return;
    }
    baseline.enter();
    request.setRequestUri(URI.create(base + uri.substring(base.length() + PREFIX.length())));
  }
}
