package nl.casustafel.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.InAmsterdam;
import nl.casustafel.shared.Jdbc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The writer's and the reader's side of the one row mapping agree: an event bound into a row and
 * read back from it is the same event with a consistent hash, on a JVM in Europe/Amsterdam and at
 * the moments its clocks change. And the auditor's day is the Amsterdam day.
 */
@ExtendWith(InAmsterdam.class)
class AuditRowsTest {

  private static final List<Instant> CLOCK_CHANGES =
      List.of(
          Instant.parse("2026-03-29T02:30:00.123456Z"),
          Instant.parse("2026-10-25T00:30:00Z"),
          Instant.parse("2026-10-25T01:30:00Z"));
  private static final PartnerId POLICE = new PartnerId("politie-midden-nederland");

  private static AuditEntry entry(Instant at, Long caseId) {
    return TestEvents.policeRead(at)
        .about(caseId, "ps-1")
        .categories(Set.of(DataCategory.CONTACT))
        .build();
  }

  @Test
  void anEventReadBackIsTheEventWrittenAtEveryClockChange() throws SQLException {
    byte[] prev = AuditChain.GENESIS;
    long seq = 1;
    for (Instant at : CLOCK_CHANGES) {
      for (Long caseId : new Long[] {7L, null}) {
        ChainedEvent written = AuditChain.append(seq++, prev, entry(at, caseId));
        prev = written.hash();
        ChainedEvent read = AuditRows.event(Jdbc.row(stored(written, 1)));
        assertEquals(written.entry(), read.entry());
        assertEquals(written.seq(), read.seq());
        assertArrayEquals(written.hash(), read.hash());
        assertTrue(AuditChain.consistent(read), "hash of the event read back: " + at);
      }
    }
  }

  @Test
  void rowsOfAMultiRowInsertDoNotOverlap() throws SQLException {
    ChainedEvent first = AuditChain.append(1, AuditChain.GENESIS, entry(CLOCK_CHANGES.get(1), 1L));
    ChainedEvent second = AuditChain.append(2, first.hash(), entry(CLOCK_CHANGES.get(2), 2L));
    Map<Integer, Object> bound = new HashMap<>();
    AuditRows.bind(Jdbc.recording(bound), 0, first);
    AuditRows.bind(Jdbc.recording(bound), 1, second);
    int columns = AuditRows.EVENT_COLUMNS.size();
    assertEquals(2 * columns, bound.size());
    assertEquals(2 * columns, AuditRows.insertEvents(2).chars().filter(c -> c == '?').count());
    assertEquals(2L, bound.get(columns + 2));
    assertEquals(LocalDateTime.of(2026, 10, 25, 1, 30), bound.get(columns + 3));
  }

  @Test
  void theAuditorsDayIsTheAmsterdamDayAsAUtcRange() {
    List<Object> params = new ArrayList<>();
    String where =
        AuditStore.where(
            "zvh-gv",
            new AuditFilter(null, null, null, LocalDate.of(2026, 3, 29), null),
            params,
            List.of());
    assertTrue(where.contains("e.occurred_at >= ? AND e.occurred_at < ?"), where);
    assertEquals(
        List.of(
            "zvh-gv", LocalDateTime.of(2026, 3, 28, 23, 0), LocalDateTime.of(2026, 3, 29, 22, 0)),
        params);
    params.clear();
    AuditStore.where(
        "zvh-gv",
        new AuditFilter(null, null, null, LocalDate.of(2026, 10, 25), null),
        params,
        List.of());
    assertEquals(LocalDateTime.of(2026, 10, 24, 22, 0), params.get(1));
    assertEquals(LocalDateTime.of(2026, 10, 25, 23, 0), params.get(2));
  }

  /** The row the event's INSERT makes: each bound value under its column's name. */
  private static Map<String, Object> stored(ChainedEvent event, int row) throws SQLException {
    Map<Integer, Object> bound = new HashMap<>();
    AuditRows.bind(Jdbc.recording(bound), row, event);
    Map<String, Object> columns = new HashMap<>();
    int offset = row * AuditRows.EVENT_COLUMNS.size();
    for (int i = 0; i < AuditRows.EVENT_COLUMNS.size(); i++) {
      columns.put(AuditRows.EVENT_COLUMNS.get(i), bound.get(offset + i + 1));
    }
    return columns;
  }
}
