package nl.casustafel.it;

import java.io.File;
import java.util.Arrays;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds Arquillian test archives from what the build produced, so no test lists classes by hand:
 * our EJB jar (domain, services, persistence unit, migrations) and its libraries (Flyway), plus the
 * test classes themselves.
 */
public final class Deployments {

  private Deployments() {}

  /** A web archive that runs the given test classes beside the real services. */
  public static WebArchive services(String name, Class<?>... testClasses) {
    return ShrinkWrap.create(WebArchive.class, name + ".war")
        .addClasses(testClasses)
        .addClass(Deployments.class)
        .addAsLibraries(libraries());
  }

  private static File[] libraries() {
    String dir = System.getProperty("casustafel.it.libs", "target/it-libs");
    File[] jars = new File(dir).listFiles((d, n) -> n.endsWith(".jar"));
    if (jars == null
        || Arrays.stream(jars).noneMatch(j -> j.getName().startsWith("casustafel-ejb"))) {
      throw new IllegalStateException(
          "No EJB jar in " + dir + ": run the end-to-end tests with ./casustafel test.");
    }
    return jars;
  }
}
