package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.casefile.CaseStatus;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.casefile.ExploitationForm;
import org.junit.jupiter.api.Test;

/**
 * Which cases and persons are due: closed and past the covenant's months in Amsterdam days, a
 * person only with all their cases and no waiting signal; and the yearly figures, which destruction
 * does not change.
 */
class DestructionPlanTest {

  private static final RetentionRule FIVE_YEARS = new RetentionRule(RetentionPeriod.ofMonths(60));
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  static RetainedCase closed(long id, long client, String closedAt) {
    return new RetainedCase(
        id,
        client,
        "MH-" + id,
        CaseType.HUMAN_TRAFFICKING,
        Optional.of(ExploitationForm.values()[0]),
        CaseStatus.CLOSED,
        Instant.parse("2015-06-01T10:00:00Z"),
        Optional.of(Instant.parse(closedAt)));
  }

  static RetainedCase open(long id, long client) {
    return new RetainedCase(
        id,
        client,
        "MH-" + id,
        CaseType.TOP_X,
        Optional.empty(),
        CaseStatus.IN_CONFERENCE,
        Instant.parse("2025-12-31T23:30:00Z"), // 1 January 2026 in Amsterdam
        Optional.empty());
  }

  @Test
  void aClosedCasePastItsPeriodIsDueWithItsPersonOldestFirst() {
    DestructionPlan plan =
        DestructionPlan.of(
            List.of(closed(2, 20, "2021-05-01T10:00:00Z"), closed(1, 10, "2020-01-01T10:00:00Z")),
            Set.of(),
            FIVE_YEARS,
            NOW);
    assertEquals(List.of(1L, 2L), plan.cases().stream().map(d -> d.kase().caseId()).toList());
    assertEquals(LocalDate.of(2025, 1, 1), plan.cases().get(0).destroyAfter());
    assertEquals(List.of(10L, 20L), plan.clients());
  }

  @Test
  void theLastDayIsKeptInAmsterdamAcrossTheSpringClockChange() {
    // The clocks went forward on 28 March 2021 at 02:00 CET: 23:30 UTC is 01:30 CEST on 29 March.
    RetainedCase kase = closed(1, 10, "2021-03-28T23:30:00Z");
    assertEquals(LocalDate.of(2026, 3, 29), FIVE_YEARS.destroyAfter(kase.closedAt().get()));
    Instant lastKept = Instant.parse("2026-03-29T21:59:59Z"); // 23:59:59 CEST
    Instant firstDue = Instant.parse("2026-03-29T22:00:00Z"); // 30 March 00:00 CEST
    assertTrue(DestructionPlan.of(List.of(kase), Set.of(), FIVE_YEARS, lastKept).cases().isEmpty());
    assertEquals(
        1, DestructionPlan.of(List.of(kase), Set.of(), FIVE_YEARS, firstDue).cases().size());
  }

  @Test
  void aLeapDayClosureIsDueOnTheFirstOfMarchInACommonYear() {
    RetainedCase kase = closed(1, 10, "2020-02-29T12:00:00Z");
    assertEquals(LocalDate.of(2025, 2, 28), FIVE_YEARS.destroyAfter(kase.closedAt().get()));
    Instant lastKept = Instant.parse("2025-02-28T22:59:59Z"); // 23:59:59 CET
    Instant firstDue = Instant.parse("2025-02-28T23:00:00Z"); // 1 March 00:00 CET
    assertTrue(DestructionPlan.of(List.of(kase), Set.of(), FIVE_YEARS, lastKept).cases().isEmpty());
    assertEquals(
        1, DestructionPlan.of(List.of(kase), Set.of(), FIVE_YEARS, firstDue).cases().size());
  }

  @Test
  void openAndReopenedCasesAreNeverDueAndKeepTheirPerson() {
    RetainedCase reopened =
        new RetainedCase(
            3,
            10,
            "MH-3",
            CaseType.HUMAN_TRAFFICKING,
            Optional.empty(),
            CaseStatus.REOPENED,
            Instant.parse("2010-01-01T00:00:00Z"),
            Optional.of(Instant.parse("2011-01-01T00:00:00Z")));
    DestructionPlan plan =
        DestructionPlan.of(
            List.of(closed(1, 10, "2010-01-01T10:00:00Z"), open(2, 10), reopened),
            Set.of(),
            FIVE_YEARS,
            NOW);
    assertEquals(List.of(1L), plan.cases().stream().map(d -> d.kase().caseId()).toList());
    assertEquals(List.of(), plan.clients(), "the person still has an open case");
  }

  @Test
  void aPersonWithAWaitingSignalIsKeptButTheirDueCaseGoes() {
    DestructionPlan plan =
        DestructionPlan.of(
            List.of(closed(1, 10, "2010-01-01T10:00:00Z")), Set.of(10L), FIVE_YEARS, NOW);
    assertEquals(1, plan.cases().size());
    assertEquals(List.of(), plan.clients());
  }

  @Test
  void destroyingCasesLeavesTheYearlyFiguresUnchanged() {
    List<RetainedCase> held =
        new ArrayList<>(
            List.of(
                closed(1, 10, "2010-01-01T10:00:00Z"),
                closed(2, 20, "2011-01-01T10:00:00Z"),
                open(3, 30),
                open(4, 40)));
    List<YearlyFigure> before = YearlyFigures.of(held, List.of());
    assertEquals(
        List.of(
            new YearlyFigure(
                2015, CaseType.HUMAN_TRAFFICKING, ExploitationForm.values()[0].name(), 2),
            new YearlyFigure(2026, CaseType.TOP_X, YearlyFigure.NO_FORM, 2)),
        before,
        "opened 31 December 23:30 UTC counts for 2026, Amsterdam's year");

    DestructionPlan plan = DestructionPlan.of(held, Set.of(), FIVE_YEARS, NOW);
    List<YearlyFigure> destroyed = new ArrayList<>();
    for (DestructionPlan.DueCase due : plan.cases()) {
      YearlyFigure.Key key = YearlyFigure.Key.of(due.kase());
      destroyed.add(new YearlyFigure(key.year(), key.type(), key.form(), 1));
      held.remove(due.kase());
    }
    assertEquals(2, destroyed.size());
    assertEquals(before, YearlyFigures.of(held, destroyed));
  }
}
