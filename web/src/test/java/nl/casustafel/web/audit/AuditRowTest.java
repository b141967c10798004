package nl.casustafel.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The auditor's screen shows the one projection, with the moment in Amsterdam time. */
class AuditRowTest {

  @Test
  void theScreenShowsTheSameValuesInAmsterdamTime() {
    AuditRow row = new AuditRow(TestEvents.policeRead(7L));
    assertEquals("28-11-2026 13:00:00.500000", row.getMoment());
    assertEquals("7", row.getCaseId());
    assertEquals("PERMIT", row.getDecision());
    assertEquals("READ", row.getAction());
    assertEquals("art. 5", row.getBasis());
    assertEquals("", new AuditRow(TestEvents.policeRead(null)).getCaseId());
  }
}
