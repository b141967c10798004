package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merge record keeps exactly the ids it moved, so an undo moves back those and no others. */
class ClientMergeTest {

  private static final Instant AT = Instant.parse("2026-05-04T10:00:00Z");

  @Test
  void theMovedIdsSurviveTheirStoredForm() {
    ClientMerge merge =
        new ClientMerge(
            7,
            3,
            "regisseur.gv",
            AT,
            "Zelfde persoon: naam en geboortedatum.",
            new ClientMerge.Moved(List.of(12L, 15L), List.of(40L), List.of()));
    assertEquals(List.of(12L, 15L), merge.moved().cases());
    assertEquals(List.of(40L), merge.moved().referrals());
    assertEquals(List.of(), merge.moved().aliases());
  }

  @Test
  void idsAreJoinedWithoutSpacesAndEmptyForNone() {
    assertEquals("1,22,333", ClientMerge.joined(List.of(1L, 22L, 333L)));
    assertEquals("", ClientMerge.joined(List.of()));
    assertEquals(List.of(), ClientMerge.ids(""));
    assertEquals(List.of(), ClientMerge.ids(null));
    assertEquals(List.of(1L, 22L), ClientMerge.ids("1,22"));
  }

  @Test
  void aMergeNeedsAReasonAndIsUndoneOnce() {
    ClientMerge.Moved none = new ClientMerge.Moved(List.of(), List.of(), List.of());
    assertThrows(IllegalArgumentException.class, () -> new ClientMerge(1, 2, "r", AT, "  ", none));
    ClientMerge merge = new ClientMerge(1, 2, "r", AT, "Dubbel geregistreerd.", none);
    merge.undo("r", AT.plusSeconds(60));
    assertEquals(AT.plusSeconds(60), merge.undoneAt().orElseThrow());
    assertThrows(IllegalArgumentException.class, () -> merge.undo("r", AT.plusSeconds(120)));
  }
}
