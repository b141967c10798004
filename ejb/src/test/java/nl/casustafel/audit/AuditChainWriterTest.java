package nl.casustafel.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.casustafel.shared.Jdbc;
import org.junit.jupiter.api.Test;

/**
 * The writer's statements in their order, on a connection that records them (MariaDB itself: the
 * integration tests and the drills): head locked, events chained onto it and inserted in multi-row
 * chunks, head moved to the last; and when a checkpoint is due.
 */
class AuditChainWriterTest {

  private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");
  private static final byte[] HEAD_HASH =
      AuditChain.append(41, AuditChain.GENESIS, entry(0)).hash();

  /** What the statements executed: their SQL and their bound values by index. */
  private record Executed(String sql, Map<Integer, Object> bound) {}

  private static AuditEntry entry(int i) {
    return TestEvents.policeRead(T0.plusSeconds(i)).build();
  }

  /** A connection whose head stands at 41, recording every statement it executes. */
  private static Connection recording(List<Executed> executed) {
    return recording(executed, 0);
  }

  /** As above, for a tenant whose head row is missing for the first {@code missing} reads. */
  private static Connection recording(List<Executed> executed, int missing) {
    int[] reads = {0};
    return Jdbc.fake(
        Connection.class,
        (proxy, method, args) -> {
          if (!method.getName().equals("prepareStatement")) {
            throw new UnsupportedOperationException(method.getName());
          }
          return statement((String) args[0], executed, () -> reads[0]++ >= missing);
        });
  }

  private static PreparedStatement statement(
      String sql, List<Executed> executed, java.util.function.BooleanSupplier found) {
    Map<Integer, Object> bound = new HashMap<>();
    return Jdbc.fake(
        PreparedStatement.class,
        (proxy, method, args) ->
            switch (method.getName()) {
              case "executeUpdate" -> {
                executed.add(new Executed(sql, bound));
                yield 1;
              }
              case "executeQuery" -> {
                executed.add(new Executed(sql, bound));
                yield headRow(found.getAsBoolean());
              }
              case "close" -> null;
              default -> {
                bound.put((Integer) args[0], method.getName().equals("setNull") ? null : args[1]);
                yield null;
              }
            });
  }

  private static ResultSet headRow(boolean found) {
    return Jdbc.fake(
        ResultSet.class,
        (proxy, method, args) ->
            switch (method.getName()) {
              case "next" -> found;
              case "getLong" -> 41L;
              case "getBytes" -> HEAD_HASH;
              case "close" -> null;
              default -> throw new UnsupportedOperationException(method.getName());
            });
  }

  @Test
  void theHeadIsLockedFirstTheEventsChainedOntoItAndInsertedInChunks() throws SQLException {
    List<Executed> executed = new ArrayList<>();
    List<AuditEntry> entries = IntStream.rangeClosed(1, 120).mapToObj(i -> entry(i)).toList();

    List<ChainedEvent> chained = AuditChainWriter.append(recording(executed), "zvh-gv", entries);

    assertEquals(120, chained.size());
    assertEquals(42, chained.get(0).seq());
    assertArrayEquals(HEAD_HASH, chained.get(0).prevHash());
    for (int i = 1; i < chained.size(); i++) {
      assertArrayEquals(chained.get(i - 1).hash(), chained.get(i).prevHash());
      assertTrue(AuditChain.consistent(chained.get(i)));
    }
    List<String> sql = executed.stream().map(Executed::sql).toList();
    assertTrue(sql.get(0).endsWith("FOR UPDATE"), "the lock comes first: " + sql.get(0));
    assertEquals(AuditRows.insertEvents(50), sql.get(1));
    assertEquals(AuditRows.insertEvents(50), sql.get(2));
    assertEquals(AuditRows.insertEvents(20), sql.get(3));
    assertEquals(4, sql.size(), "the head follows the inserted events by the V14 trigger");
  }

  @Test
  void aTenantWithoutAHeadRowGetsOneAtItsFirstAppend() throws SQLException {
    List<Executed> executed = new ArrayList<>();

    AuditChainWriter.append(recording(executed, 1), "zvh-new", List.of(entry(1)));

    List<String> sql = executed.stream().map(Executed::sql).toList();
    assertTrue(sql.get(0).endsWith("FOR UPDATE"), sql.get(0));
    assertTrue(sql.get(1).startsWith("INSERT INTO audit_head"), sql.get(1));
    assertTrue(sql.get(2).endsWith("FOR UPDATE"), sql.get(2));
    assertEquals(AuditRows.insertEvents(1), sql.get(3));
    assertEquals(4, sql.size());
  }

  @Test
  void nothingToAppendIsRefusedBeforeTheHeadIsTouched() {
    List<Executed> executed = new ArrayList<>();
    assertThrows(
        IllegalArgumentException.class,
        () -> AuditChainWriter.append(recording(executed), "zvh-gv", List.of()));
    assertTrue(executed.isEmpty());
  }

  @Test
  void aCheckpointIsDueWhenTheAppendPassesAMultipleOfEvery() {
    assertTrue(AuditChainWriter.checkpointDue(chain(98, 3), 100), "98..100");
    assertTrue(AuditChainWriter.checkpointDue(chain(100, 1), 100), "100 alone");
    assertTrue(AuditChainWriter.checkpointDue(chain(1, 250), 100), "past two multiples");
    assertFalse(AuditChainWriter.checkpointDue(chain(101, 99), 100), "101..199");
    assertFalse(AuditChainWriter.checkpointDue(chain(1, 99), 100), "1..99");
  }

  /** {@code n} events from sequence number {@code first} on. */
  private static List<ChainedEvent> chain(long first, int n) {
    List<ChainedEvent> events = new ArrayList<>();
    byte[] prev = AuditChain.GENESIS;
    for (int i = 0; i < n; i++) {
      ChainedEvent event = AuditChain.append(first + i, prev, entry(i));
      events.add(event);
      prev = event.hash();
    }
    return events;
  }
}
