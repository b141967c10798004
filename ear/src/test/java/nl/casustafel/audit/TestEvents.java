package nl.casustafel.audit;

import java.time.Instant;
import java.util.Set;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.Role;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;

/** The events that the audit ITs append themselves, as the application would log them. */
final class TestEvents {

  private TestEvents() {}

  /**
   * A police member's permitted read for the case conference under art. 5, a builder: the case, the
   * data subject, the categories and the origin are the caller's to add.
   */
  static AuditEvent policeRead(String tenant, Instant at, String subject, String username) {
    return AuditEvent.of(new TenantId(tenant), at)
        .actor(
            subject,
            username,
            new PartnerId("politie-midden-nederland"),
            Set.of(Role.PARTNER_MEMBER))
        .action(AuditAction.READ)
        .decision(AuditDecision.PERMIT)
        .basis("art. 5")
        .purpose(Purpose.CASE_CONFERENCE);
  }
}
