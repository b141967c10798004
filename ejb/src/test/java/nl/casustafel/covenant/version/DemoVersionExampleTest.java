package nl.casustafel.covenant.version;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.covenant.version.CovenantChange.Kind;
import org.junit.jupiter.api.Test;

/**
 * The example of issue #15 on the demo covenant of ZVH Gooi en Vechtstreek: the manager drafts a
 * version in which Veilig Thuis no longer receives or provides criminal-law data and Kwintes
 * leaves, and sees "Veilig Thuis verliest JUSTICE op 3 open casussen".
 *
 * <p>The demo script gives Veilig Thuis everything but JUSTICE; here the version in force is the
 * demo's with JUSTICE granted to Veilig Thuis on art. 5.3 (as for the other core partners), so that
 * the draft can take it away.
 */
class DemoVersionExampleTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  private static final CovenantTerms IN_FORCE =
      Demo.withMembership(
          Demo.covenant(),
          Demo.VEILIG_THUIS,
          Demo.membership(
              Demo.covenant().memberships().get(Demo.VEILIG_THUIS).role(),
              "art. 5.3",
              EnumSet.allOf(DataCategory.class),
              "art. 5"));

  private static final CovenantTerms DRAFT =
      Demo.withMembership(
          Demo.withMembership(
              IN_FORCE,
              Demo.VEILIG_THUIS,
              Demo.withoutCategory(
                  IN_FORCE.memberships().get(Demo.VEILIG_THUIS), DataCategory.JUSTICE)),
          Demo.KWINTES,
          null);

  @Test
  void theDraftMayTakeForceTodayButNotYesterday() {
    assertEquals(List.of(), DraftRules.check(DRAFT, TODAY, TODAY));
    assertEquals(
        List.of(DraftProblem.of(DraftProblem.Rule.TAKES_FORCE, TODAY)),
        DraftRules.check(DRAFT, TODAY.minusDays(1), TODAY));
  }

  @Test
  void theDiffListsVeiligThuisLosingJusticeAndKwintesLeaving() {
    List<String> changes =
        TermsDiff.between(IN_FORCE, DRAFT).stream()
            .map(
                c ->
                    c.kind()
                        + " "
                        + c.partner()
                        + (c.category() == null ? "" : " " + c.category() + " " + c.direction()))
            .toList();

    assertEquals(
        List.of(
            "PARTNER_LEFT kwintes",
            "GRANT_LOST kwintes CONTACT RECEIVE",
            "GRANT_LOST kwintes CONTACT PROVIDE",
            "GRANT_LOST kwintes SOCIAL RECEIVE",
            "GRANT_LOST kwintes SOCIAL PROVIDE",
            "GRANT_LOST veilig-thuis-gooi-en-vechtstreek JUSTICE RECEIVE",
            "GRANT_LOST veilig-thuis-gooi-en-vechtstreek JUSTICE PROVIDE"),
        changes);
  }

  @Test
  void thePreviewSaysVeiligThuisLosesJusticeOnItsThreeOpenCases() {
    Map<String, Long> openCases =
        Map.of(Demo.VEILIG_THUIS, 3L, Demo.KWINTES, 2L, Demo.POLITIE, 11L, Demo.ZVH, 14L);

    List<Effect> effects = EffectPreview.of(TermsDiff.between(IN_FORCE, DRAFT), openCases);

    assertEquals(
        List.of(
            new Effect(
                Demo.VEILIG_THUIS,
                DataCategory.JUSTICE,
                Direction.RECEIVE,
                Purpose.CASE_CONFERENCE,
                Effect.Kind.LOSES,
                3),
            new Effect(
                Demo.VEILIG_THUIS,
                DataCategory.JUSTICE,
                Direction.PROVIDE,
                Purpose.CASE_CONFERENCE,
                Effect.Kind.LOSES,
                3),
            new Effect(Demo.KWINTES, null, null, null, Effect.Kind.LEAVES, 2)),
        effects);
  }

  @Test
  void undoingTheDraftGivesEverythingBack() {
    List<Kind> back =
        TermsDiff.between(DRAFT, IN_FORCE).stream().map(CovenantChange::kind).distinct().toList();

    assertEquals(List.of(Kind.PARTNER_JOINED, Kind.GRANT_GAINED), back);
  }
}
