package nl.casustafel.api.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Set;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.AuditChain;
import nl.casustafel.audit.AuditDecision;
import nl.casustafel.audit.AuditEvent;
import nl.casustafel.audit.ChainedEvent;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.Role;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;
import org.junit.jupiter.api.Test;

/** The API's JSON of a logged event: the values of the one projection, {@code AuditRecord}. */
class AuditJsonTest {

  private static ChainedEvent event(Long caseId) {
    return AuditChain.append(
        3,
        AuditChain.GENESIS,
        AuditEvent.of(new TenantId("zvh-gv"), Instant.parse("2026-11-28T12:00:00.5Z"))
            .actor(
                "sub-1",
                "politie.mnl",
                new PartnerId("politie-midden-nederland"),
                Set.of(Role.PARTNER_MEMBER))
            .action(AuditAction.READ)
            .about(caseId, caseId == null ? null : "ps-1")
            .categories(Set.of(DataCategory.SOCIAL, DataCategory.CONTACT))
            .decision(AuditDecision.PERMIT)
            .basis("art. 5")
            .purpose(Purpose.CASE_CONFERENCE)
            .origin("10.0.0.1", "4bf92f3577b34da6a3ce929d0e0e4736")
            .build());
  }

  @Test
  void theJsonNamesEveryValueOfTheEvent() {
    JsonObject json = AuditResource.json(event(7L)).build();
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
    JsonObject json = AuditResource.json(event(null)).build();
    assertFalse(json.containsKey("case"));
    assertFalse(json.containsKey("subject"));
  }
}
