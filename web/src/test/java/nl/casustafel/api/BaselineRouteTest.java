package nl.casustafel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.net.URI;
import nl.casustafel.shared.BaselineRequest;
import org.junit.jupiter.api.Test;

/** The switched-off 404 needs a JAX-RS runtime: BaselineSwitchIT checks it on Liberty. */
class BaselineRouteTest {

  private static final String BASE = "http://localhost:9080/api/v1/";

  /** What the filter did to one request. */
  private static final class Seen {
    URI rewritten;
    Response aborted;
  }

  private static ContainerRequestContext request(String path, Seen seen) {
    UriInfo uri =
        (UriInfo)
            Proxy.newProxyInstance(
                BaselineRouteTest.class.getClassLoader(),
                new Class<?>[] {UriInfo.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getBaseUri" -> URI.create(BASE);
                      case "getRequestUri" -> URI.create(BASE + path);
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    return (ContainerRequestContext)
        Proxy.newProxyInstance(
            BaselineRouteTest.class.getClassLoader(),
            new Class<?>[] {ContainerRequestContext.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "getUriInfo" -> {
                  return uri;
                }
                case "setRequestUri" -> seen.rewritten = (URI) args[0];
                case "abortWith" -> seen.aborted = (Response) args[0];
                default -> throw new UnsupportedOperationException(method.getName());
              }
              return null;
            });
  }

  private static BaselineRoute route(BaselineRequest baseline) throws ReflectiveOperationException {
    return injected(new BaselineRoute(), "baseline", baseline);
  }

  private static BaselineRequest baseline(boolean switchedOn) throws ReflectiveOperationException {
    return injected(injected(new BaselineRequest(), "switchedOn", switchedOn), "demo", true);
  }

  /** The target with its private field set, as CDI would inject it. */
  private static <T> T injected(T target, String name, Object value)
      throws ReflectiveOperationException {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
    return target;
  }

  @Test
  void withTheSwitchTheBaselineIsTheSameEndpointWithoutTheChecks() throws Exception {
    BaselineRequest baseline = baseline(true);
    Seen seen = new Seen();
    route(baseline).filter(request("baseline/tenants/zvh-gv/cases/7?purpose=CARE", seen));
    assertEquals(URI.create(BASE + "tenants/zvh-gv/cases/7?purpose=CARE"), seen.rewritten);
    assertNull(seen.aborted);
    assertTrue(baseline.active());
  }

  @Test
  void anyOtherPathIsLeftAloneAndChecked() throws Exception {
    BaselineRequest baseline = baseline(true);
    Seen seen = new Seen();
    route(baseline).filter(request("tenants/zvh-gv/cases/7", seen));
    route(baseline).filter(request("tenants/zvh-gv/baseline/cases", seen));
    assertNull(seen.rewritten);
    assertNull(seen.aborted);
    assertFalse(baseline.active());
  }
}
