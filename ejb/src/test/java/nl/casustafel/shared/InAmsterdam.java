package nl.casustafel.shared;

import java.util.TimeZone;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class with the JVM's default zone set to Europe/Amsterdam, the zone of the production
 * servers, and restores the previous zone afterwards — so a conversion through the default zone
 * shows even when the build runs elsewhere.
 */
public class InAmsterdam implements BeforeAllCallback, AfterAllCallback {

  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(InAmsterdam.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NS).put("zone", TimeZone.getDefault());
    TimeZone.setDefault(TimeZone.getTimeZone(AmsterdamTime.ZONE));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    TimeZone.setDefault(context.getStore(NS).get("zone", TimeZone.class));
  }
}
