package nl.casustafel.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.Role;
import nl.casustafel.it.Deployments;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The data-sharing log across Amsterdam's clock changes, inside Liberty (whose JVM runs in
 * Europe/Amsterdam under {@code ./casustafel test}) against the real MariaDB: events written by the
 * real writer at 02:30 UTC on 29 March 2026 — a wall-clock time Amsterdam skips — and at 02:30 CEST
 * and 02:30 CET on 25 October, and a checkpoint signed at the skipped time, are stored as their UTC
 * wall-clock time, read back as the same instants, and verify as an unbroken chain; the auditor's
 * day filter selects Amsterdam days. Writes a tenant of its own.
 */
@ExtendWith(ArquillianExtension.class)
class AuditDaylightSavingIT {

  /** 02:30 UTC on 29 March: as a wall-clock time, missing in Amsterdam (02:00 CET became 03:00). */
  private static final Instant SPRING_GAP = Instant.parse("2026-03-29T02:30:00.123456Z");

  /**
   * In order: 00:30 on 29 March in Amsterdam but 28 March in UTC; the gap; 02:30 CEST; 02:30 CET;
   * 23:30 on 25 October in Amsterdam.
   */
  private static final List<Instant> MOMENTS =
      List.of(
          Instant.parse("2026-03-28T23:30:00Z"),
          SPRING_GAP,
          Instant.parse("2026-10-25T00:30:00Z"),
          Instant.parse("2026-10-25T01:30:00Z"),
          Instant.parse("2026-10-25T22:30:00Z"));

  @Deployment
  static WebArchive deployment() {
    return Deployments.services(
        "audit-daylight-saving-it",
        AuditDaylightSavingIT.class,
        DaylightSavingLog.class,
        TestEvents.class);
  }

  @EJB private DaylightSavingLog log;
  @EJB private AuditStore store;

  @Test
  void theServerRunsInAmsterdamTime() {
    assertEquals(
        ZoneId.of("Europe/Amsterdam"),
        java.util.TimeZone.getDefault().toZoneId(),
        "Liberty must run with TZ=Europe/Amsterdam (./casustafel test sets it), or this test and"
            + " the clock-change tests prove nothing");
  }

  @Test
  void eventsAndCheckpointsAtTheClockChangesKeepTheirTimeAndTheChain() throws Exception {
    String tenant = "it-dst-" + UUID.randomUUID().toString().substring(0, 8);
    log.appendAndSign(tenant, MOMENTS.stream().map(at -> entry(tenant, at)).toList(), SPRING_GAP);

    assertEquals(
        List.of(
            "2026-03-28 23:30:00.000000",
            "2026-03-29 02:30:00.123456",
            "2026-10-25 00:30:00.000000",
            "2026-10-25 01:30:00.000000",
            "2026-10-25 22:30:00.000000",
            "2026-03-29 02:30:00.123456"),
        log.storedTimes(tenant),
        "the columns hold the UTC wall-clock times (five events, then the checkpoint)");
    assertEquals(MOMENTS, log.events(tenant).stream().map(e -> e.entry().occurredAt()).toList());
    assertEquals(
        List.of(SPRING_GAP), log.checkpoints(tenant).stream().map(Checkpoint::signedAt).toList());

    Verification verification = store.verify(auditorOf(tenant), tenant);
    assertTrue(verification.ok(), verification.toString());
    assertEquals(5, verification.events(), verification.toString());
    assertEquals(5, verification.lastCheckpoint(), verification.toString());

    assertEquals(0, eventsOn(tenant, LocalDate.of(2026, 3, 28)), "28 March (Amsterdam)");
    assertEquals(2, eventsOn(tenant, LocalDate.of(2026, 3, 29)), "29 March: 23 hours");
    assertEquals(3, eventsOn(tenant, LocalDate.of(2026, 10, 25)), "25 October: 25 hours");
  }

  private long eventsOn(String tenant, LocalDate day) {
    return store.count(auditorOf(tenant), tenant, new AuditFilter(null, null, null, day, null));
  }

  /** The tenant's auditor, as a token would make one: the log is read by the auditor only. */
  private static CurrentUser auditorOf(String tenant) {
    return new CurrentUser(
        "it-auditor",
        "it.auditor",
        "IT auditor",
        Optional.of(new PartnerId("zvh-gooi-en-vechtstreek")),
        Map.of(new TenantId(tenant), EnumSet.of(Role.AUDITOR)),
        false);
  }

  private static AuditEntry entry(String tenant, Instant at) {
    return TestEvents.policeRead(tenant, at, "it-dst-subject", "it.dst")
        .about(1L, "ps-it-dst")
        .categories(Set.of(DataCategory.CONTACT))
        .origin("127.0.0.1", UUID.randomUUID().toString().replace("-", ""))
        .build();
  }
}
