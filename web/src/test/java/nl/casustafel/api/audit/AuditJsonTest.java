package nl.casustafel.api.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import nl.casustafel.web.audit.TestEvents;
import org.junit.jupiter.api.Test;

/** The API's JSON of a logged event: the values of the one projection, {@code AuditRecord}. */
class AuditJsonTest {

  @Test
  void theJsonNamesEveryValueOfTheEvent() {
    JsonObject json = AuditResource.json(TestEvents.policeRead(7L)).build();
    assertEquals(3, json.getInt("seq"));
    assertEquals("2026-11-28T12:00:00.500Z", json.getString("occurredAt"));
    assertEquals("politie.mnl", json.getString("actor"));
    assertEquals("politie-midden-nederland", json.getString("partner"));
    assertEquals("politie-midden-nederland", json.getString("onBehalfOf"));
    assertEquals("PARTNER_MEMBER", json.getString("roles"));
    assertEquals("READ", json.getString("action"));
    assertEquals(7, json.getInt("case"));
    assertEquals("ps-1", json.getString("subject"));
    assertEquals("CONTACT,SOCIAL", json.getString("categories"));
    assertEquals("PERMIT", json.getString("decision"));
    assertEquals("art. 5", json.getString("legalBasis"));
    assertEquals("CASE_CONFERENCE", json.getString("purpose"));
    assertEquals("10.0.0.1", json.getString("originIp"));
    assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", json.getString("traceId"));
    assertFalse(json.getBoolean("breakGlass"));
    assertFalse(json.containsKey("reason"), "a value the event lacks is left out");
  }

  @Test
  void anEventAboutNoCaseHasNoCaseOrSubject() {
    JsonObject json = AuditResource.json(TestEvents.policeRead(null)).build();
    assertFalse(json.containsKey("case"));
    assertFalse(json.containsKey("subject"));
  }
}
