package nl.casustafel.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** The auditor's screen shows the one projection, with the moment in Amsterdam time. */
class AuditRowTest {

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
  void theScreenShowsTheSameValuesInAmsterdamTime() {
    AuditRow row = new AuditRow(event(7L));
    assertEquals("28-11-2026 13:00:00.500000", row.getMoment());
    assertEquals("7", row.getCaseId());
    assertEquals("PERMIT", row.getDecision());
    assertEquals("READ", row.getAction());
    assertEquals("art. 5", row.getBasis());
    assertEquals("", new AuditRow(event(null)).getCaseId());
  }
}
