package nl.casustafel.registry.report;

import java.util.TimeZone;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class with the JVM's default zone at UTC+14 (Pacific/Kiritimati, no summer time) and
 * restores it afterwards. The build runs in Europe/Amsterdam (surefire's argLine), where a time
 * taken through the default zone looks right; here it would be twelve or thirteen hours off.
 */
public class FarFromAmsterdam implements BeforeAllCallback, AfterAllCallback {

  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(FarFromAmsterdam.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NS).put("zone", TimeZone.getDefault());
    TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    TimeZone.setDefault(context.getStore(NS).get("zone", TimeZone.class));
  }
}
