package nl.casustafel.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.ZoneId;
import nl.casustafel.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Instants of JPA-mapped entities (case opened, information added, invitations, statements,
 * break-the-glass) reach and leave MariaDB as their UTC wall-clock time on a server in
 * Europe/Amsterdam, also inside the clock changes ({@code UtcMariaDBPlatform}): 02:30 UTC on 29
 * March does not exist in Amsterdam, and 00:30 and 01:30 UTC on 25 October are both 02:30 there.
 */
@ExtendWith(ArquillianExtension.class)
class JpaDaylightSavingIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services(
        "jpa-daylight-saving-it", JpaDaylightSavingIT.class, JpaTimes.class);
  }

  @EJB private JpaTimes times;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-03-29T02:30:00.123456Z",
        "2026-10-25T00:30:00.654321Z",
        "2026-10-25T01:30:00.000001Z"
      })
  void anInstantKeepsItsTimeThroughJpa(String moment) throws Exception {
    assertEquals(
        ZoneId.of("Europe/Amsterdam"),
        java.util.TimeZone.getDefault().toZoneId(),
        "the server's zone");
    Instant at = Instant.parse(moment);
    long id = times.store(at);
    try {
      assertEquals(moment.replace('T', ' ').replace("Z", ""), times.stored(id), "stored as UTC");
      assertEquals(at, times.read(id), "read back through JPA");
    } finally {
      times.remove(id);
    }
  }
}
