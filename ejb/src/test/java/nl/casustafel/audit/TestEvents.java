package nl.casustafel.audit;

import java.time.Instant;
import java.util.Set;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.Role;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;

/** The event the audit tests start from, each changing what it is about. */
final class TestEvents {

  static final PartnerId POLICE = new PartnerId("politie-midden-nederland");
  static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

  private TestEvents() {}

  /**
   * In zvh-gv at {@code at}: politie.mnl (subject sub-1, police, partner member) reads case 7's
   * contact and social data (data subject ps-1), permitted under art. 5 for the case conference,
   * from 10.0.0.1 in trace {@link #TRACE}. A builder: a later call replaces a value.
   */
  static AuditEvent policeRead(Instant at) {
    return AuditEvent.of(new TenantId("zvh-gv"), at)
        .actor("sub-1", "politie.mnl", POLICE, Set.of(Role.PARTNER_MEMBER))
        .action(AuditAction.READ)
        .about(7L, "ps-1")
        .categories(Set.of(DataCategory.SOCIAL, DataCategory.CONTACT))
        .decision(AuditDecision.PERMIT)
        .basis("art. 5")
        .purpose(Purpose.CASE_CONFERENCE)
        .origin("10.0.0.1", TRACE);
  }
}
