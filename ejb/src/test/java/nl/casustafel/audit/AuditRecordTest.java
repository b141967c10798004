package nl.casustafel.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.Set;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.InAmsterdam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one projection of a logged event that the API, the CSV and the auditor's screen show: every
 * stored value in its place, and the moment in Amsterdam time whatever the JVM's zone.
 */
@ExtendWith(InAmsterdam.class)
class AuditRecordTest {

  private static ChainedEvent event(Instant at, Long caseId) {
    AuditEntry entry =
        TestEvents.policeRead(at)
            .onBehalfOf(new PartnerId("zvh-gooi-en-vechtstreek"))
            .action(AuditAction.DENY)
            .about(caseId, "ps-1")
            .categories(Set.of(DataCategory.HEALTH))
            .decision(AuditDecision.DENY)
            .reason("CATEGORY_NOT_GRANTED")
            .breakGlass(true)
            .build();
    return AuditChain.append(41, AuditChain.GENESIS, entry);
  }

  @Test
  void everyStoredValueIsInItsPlace() {
    Instant at = Instant.parse("2026-11-28T12:00:00.123456Z");
    AuditRecord r = AuditRecord.of(event(at, 7L));
    assertEquals(41, r.seq());
    assertEquals(at, r.occurredAt());
    assertEquals("politie.mnl", r.actor());
    assertEquals("politie-midden-nederland", r.partner());
    assertEquals("PARTNER_MEMBER", r.roles());
    assertEquals("zvh-gooi-en-vechtstreek", r.onBehalfOf());
    assertEquals(AuditAction.DENY, r.action());
    assertEquals(7L, r.caseId());
    assertEquals("ps-1", r.subject());
    assertEquals("HEALTH", r.categories());
    assertEquals(AuditDecision.DENY, r.decision());
    assertEquals("CATEGORY_NOT_GRANTED", r.reason());
    assertEquals("art. 5", r.legalBasis());
    assertEquals("CASE_CONFERENCE", r.purpose());
    assertEquals(true, r.breakGlass());
    assertEquals("10.0.0.1", r.originIp());
    assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", r.traceId());
    assertNull(AuditRecord.of(event(at, null)).caseId());
  }

  @Test
  void theMomentIsAmsterdamTimeInWinterAndSummerAndAtTheClockChange() {
    assertEquals(
        "28-11-2026 13:00:00.123456",
        AuditRecord.of(event(Instant.parse("2026-11-28T12:00:00.123456Z"), 1L)).moment());
    assertEquals(
        "01-07-2026 02:30:00.000000",
        AuditRecord.of(event(Instant.parse("2026-07-01T00:30:00Z"), 1L)).moment());
    // 25 October 2026: 02:30 happens twice, first in summer time (UTC 00:30), then in winter.
    assertEquals(
        "25-10-2026 02:30:00.000000",
        AuditRecord.of(event(Instant.parse("2026-10-25T00:30:00Z"), 1L)).moment());
    assertEquals(
        "25-10-2026 02:30:00.000000",
        AuditRecord.of(event(Instant.parse("2026-10-25T01:30:00Z"), 1L)).moment());
  }

  @Test
  void aRecordSurvivesSerialisationForTheViewScopedScreen()
      throws IOException, ClassNotFoundException {
    AuditRecord r = AuditRecord.of(event(Instant.parse("2026-11-28T12:00:00Z"), 7L));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(r);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(r, in.readObject());
    }
  }
}
