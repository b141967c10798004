package nl.casustafel.covenant.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.covenant.version.CovenantChange.Kind;
import org.junit.jupiter.api.Test;

class EffectPreviewTest {

  private static final Purpose CONFERENCE = Purpose.CASE_CONFERENCE;

  private static CovenantChange grant(
      Kind kind, String partner, DataCategory category, Direction direction) {
    return new CovenantChange(kind, partner, category, direction, CONFERENCE, null, "a", "b");
  }

  private static CovenantChange partner(Kind kind, String partner) {
    return new CovenantChange(kind, partner, null, null, null, null, "CORE", null);
  }

  @Test
  void aLostGrantCountsThePartnersOpenCases() {
    List<Effect> effects =
        EffectPreview.of(
            List.of(
                grant(Kind.GRANT_LOST, Demo.VEILIG_THUIS, DataCategory.JUSTICE, Direction.RECEIVE)),
            Map.of(Demo.VEILIG_THUIS, 3L, Demo.POLITIE, 9L));

    assertEquals(
        List.of(
            new Effect(
                Demo.VEILIG_THUIS,
                DataCategory.JUSTICE,
                Direction.RECEIVE,
                CONFERENCE,
                Effect.Kind.LOSES,
                3)),
        effects);
    assertTrue(effects.get(0).changesWhatItSees());
    assertEquals("covenantEffect.LOSES.RECEIVE", effects.get(0).key());
  }

  @Test
  void aPartnerWithoutOpenCasesCountsZero() {
    assertEquals(
        0,
        EffectPreview.of(
                List.of(
                    grant(Kind.GRANT_GAINED, Demo.KWINTES, DataCategory.SAFETY, Direction.RECEIVE)),
                Map.of())
            .get(0)
            .openCases());
  }

  @Test
  void aPartnerThatLeavesLosesEverythingInOneEffect() {
    List<CovenantChange> changes =
        List.of(
            partner(Kind.PARTNER_LEFT, Demo.KWINTES),
            grant(Kind.GRANT_LOST, Demo.KWINTES, DataCategory.CONTACT, Direction.RECEIVE),
            grant(Kind.GRANT_LOST, Demo.KWINTES, DataCategory.CONTACT, Direction.PROVIDE));

    List<Effect> effects = EffectPreview.of(changes, Map.of(Demo.KWINTES, 2L));

    assertEquals(
        List.of(new Effect(Demo.KWINTES, null, null, null, Effect.Kind.LEAVES, 2)), effects);
    assertEquals("covenantEffect.LEAVES", effects.get(0).key());
  }

  @Test
  void aPartnerThatJoinsIsOneEffect() {
    List<CovenantChange> changes =
        List.of(
            partner(Kind.PARTNER_JOINED, Demo.HILVERSUM),
            grant(Kind.GRANT_GAINED, Demo.HILVERSUM, DataCategory.CONTACT, Direction.RECEIVE));

    assertEquals(
        List.of(new Effect(Demo.HILVERSUM, null, null, null, Effect.Kind.JOINS, 0)),
        EffectPreview.of(changes, Map.of()));
  }

  @Test
  void providingIsListedButDoesNotChangeWhatThePartnerSees() {
    List<Effect> effects =
        EffectPreview.of(
            List.of(grant(Kind.GRANT_LOST, Demo.POLITIE, DataCategory.HEALTH, Direction.PROVIDE)),
            Map.of(Demo.POLITIE, 5L));

    assertEquals(Direction.PROVIDE, effects.get(0).direction());
    assertFalse(effects.get(0).changesWhatItSees());
  }

  @Test
  void changesThatMoveNoGrantHaveNoEffect() {
    List<CovenantChange> changes =
        List.of(
            new CovenantChange(Kind.TITLE_CHANGED, null, null, null, null, null, "a", "b"),
            new CovenantChange(Kind.ARTICLE_ADDED, null, null, null, null, "art. 8", null, "x"),
            new CovenantChange(Kind.ROLE_CHANGED, Demo.KWINTES, null, null, null, null, "a", "b"),
            grant(Kind.GRANT_ARTICLE_CHANGED, Demo.POLITIE, DataCategory.HEALTH, Direction.RECEIVE),
            grant(
                Kind.NECESSITY_GROUND_CHANGED,
                Demo.POLITIE,
                DataCategory.HEALTH,
                Direction.RECEIVE));

    assertEquals(List.of(), EffectPreview.of(changes, Map.of(Demo.POLITIE, 5L)));
  }

  @Test
  void mostOpenCasesFirstThenByPartner() {
    List<CovenantChange> changes =
        List.of(
            grant(Kind.GRANT_LOST, Demo.ZVH, DataCategory.SAFETY, Direction.RECEIVE),
            grant(Kind.GRANT_GAINED, Demo.POLITIE, DataCategory.SAFETY, Direction.PROVIDE),
            grant(Kind.GRANT_LOST, Demo.POLITIE, DataCategory.HEALTH, Direction.RECEIVE),
            grant(Kind.GRANT_LOST, Demo.KWINTES, DataCategory.SOCIAL, Direction.RECEIVE),
            grant(Kind.GRANT_LOST, Demo.VEILIG_THUIS, DataCategory.JUSTICE, Direction.RECEIVE));

    List<String> order =
        EffectPreview.of(
                changes,
                Map.of(Demo.ZVH, 4L, Demo.POLITIE, 4L, Demo.KWINTES, 1L, Demo.VEILIG_THUIS, 7L))
            .stream()
            .map(e -> e.partnerId() + " " + e.kind() + " " + e.category() + " " + e.openCases())
            .toList();

    assertEquals(
        List.of(
            "veilig-thuis-gooi-en-vechtstreek LOSES JUSTICE 7",
            "politie-midden-nederland LOSES HEALTH 4",
            "politie-midden-nederland GAINS SAFETY 4",
            "zvh-gooi-en-vechtstreek LOSES SAFETY 4",
            "kwintes LOSES SOCIAL 1"),
        order);
  }
}
