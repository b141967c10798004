package nl.casustafel.web.audit;

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

/** The logged event that the tests of the auditor's screen and of the audit API show. */
public final class TestEvents {

  private TestEvents() {}

  /**
   * Event 3 of zvh-gv: politie.mnl (police, partner member) reads the case's contact and social
   * data, permitted under art. 5 for the case conference, at 12:00:00.5 UTC on 28 November 2026
   * (13:00 in Amsterdam), from 10.0.0.1. Without a case (null) it is about no data subject either.
   */
  public static ChainedEvent policeRead(Long caseId) {
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
}
