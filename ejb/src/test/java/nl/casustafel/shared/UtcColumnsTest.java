package nl.casustafel.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Instants keep their UTC wall-clock time into and out of a column on a JVM in Europe/Amsterdam,
 * also in the hour that does not exist there (spring) and the hour that comes twice (autumn).
 */
@ExtendWith(InAmsterdam.class)
class UtcColumnsTest {

  /** 02:30 UTC on 29 March 2026 would be 02:30 local: a time Amsterdam skips. */
  private static final Instant SPRING_GAP = Instant.parse("2026-03-29T02:30:00.123456Z");

  @ParameterizedTest
  @ValueSource(
      strings = {"2026-03-29T02:30:00.123456Z", "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z"})
  void roundTripsAroundTheClockChanges(String text) throws SQLException {
    Instant instant = Instant.parse(text);
    Map<Integer, Object> bound = new HashMap<>();
    UtcColumns.bind(Jdbc.recording(bound), 1, instant);
    LocalDateTime column = assertInstanceOf(LocalDateTime.class, bound.get(1));
    assertEquals(LocalDateTime.parse(text.replace("Z", "")), column);
    Instant back = UtcColumns.read(Jdbc.row(Map.of("at", column)), "at");
    assertEquals(instant, back);
  }

  @Test
  void theColumnHoldsTheUtcWallClockTimeEvenWhereAmsterdamHasNone() {
    assertEquals(
        LocalDateTime.of(2026, 3, 29, 2, 30, 0, 123_456_000), UtcColumns.toColumn(SPRING_GAP));
  }

  @Test
  void aTimestampWouldHaveMovedIt() {
    // The bug this helper exists for; if this stops failing over, the test zone is not Amsterdam.
    ZoneId jvm = java.util.TimeZone.getDefault().toZoneId();
    assertEquals(ZoneId.of("Europe/Amsterdam"), jvm);
    LocalDateTime column = UtcColumns.toColumn(SPRING_GAP);
    // What a java.sql.Timestamp made of the wall-clock time does: read it in the JVM's zone.
    assertNotEquals(column, Timestamp.from(column.atZone(jvm).toInstant()).toLocalDateTime());
  }

  @Test
  void nullStaysNull() throws SQLException {
    Map<Integer, Object> bound = new HashMap<>(Map.of(1, "x"));
    UtcColumns.bind(Jdbc.recording(bound), 1, null);
    assertNull(bound.get(1));
    Map<String, Object> nothing = new HashMap<>();
    nothing.put("at", null);
    assertNull(UtcColumns.read(Jdbc.row(nothing), "at"));
  }
}
