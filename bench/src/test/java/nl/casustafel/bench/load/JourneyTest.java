package nl.casustafel.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyTest {

  @Test
  void theBaselineIsTheSamePathUnderItsOwnPrefix() {
    assertEquals(
        "/api/v1/tenants/zvh-gv/cases/17", Journeys.CASE_FILE.pathFor(Variant.AUDITED, "17"));
    assertEquals(
        "/api/v1/baseline/tenants/zvh-gv/cases/17",
        Journeys.CASE_FILE.pathFor(Variant.BASELINE, "17"));
  }

  @Test
  void theSaveFillsItsCaseIntoThePathAndSendsItsBody() {
    assertEquals(
        "/api/v1/tenants/zvh-gv/cases/3/information",
        Journeys.ADD_INFORMATION.pathFor(Variant.AUDITED, "3"));
    assertEquals(
        "{\"category\":\"SOCIAL\",\"text\":\"Benchmark: contact met de school gehad.\"}",
        Journeys.ADD_INFORMATION.bodyFor("3"));
    assertNull(Journeys.LIST.bodyFor(null));
  }

  @Test
  void aFeedValueIsRequiredWhereThePathHasAPlaceholder() {
    assertThrows(
        IllegalStateException.class, () -> Journeys.CASE_FILE.pathFor(Variant.AUDITED, null));
  }

  @Test
  void theListAtOtherPageSizes() {
    assertEquals(
        "/api/v1/tenants/zvh-gv/cases?first=0&size=5",
        Journeys.LIST.withPageSize(5).pathFor(Variant.AUDITED, null));
    assertThrows(IllegalStateException.class, () -> Journeys.CASE_FILE.withPageSize(5));
    assertEquals(
        List.of("list", "list-5", "list-50", "case-file"),
        StatementCounts.journeys(List.of(Journeys.LIST, Journeys.CASE_FILE)).stream()
            .map(Journey::id)
            .toList());
  }

  @Test
  void roundRobinStartsAgainAfterTheLast() {
    RoundRobin<String> ids = new RoundRobin<>(List.of("1", "2", "3"));

    assertEquals(
        List.of("1", "2", "3", "1"), List.of(ids.next(), ids.next(), ids.next(), ids.next()));
  }

  @Test
  void theRunInterleavesTheVariants() {
    LoadRun run = new LoadRun(Journeys.LIST, 10, 3, 2, "http://x", java.util.Map.of(), null, null);

    assertEquals(
        List.of(Variant.AUDITED, Variant.BASELINE, Variant.AUDITED, Variant.BASELINE),
        run.rounds());
    assertEquals(6.0, run.measuredSeconds());
  }

  @Test
  void aJourneyWithoutABaselineRunsAuditedRoundsOnly() {
    LoadRun run =
        new LoadRun(Journeys.TRIAGE, 10, 3, 2, "http://x", java.util.Map.of(), null, null);

    assertEquals(List.of(Variant.AUDITED), Journeys.TRIAGE.variants());
    assertEquals(List.of(Variant.AUDITED, Variant.AUDITED), run.rounds());
    assertEquals(6.0, run.measuredSeconds());
    assertEquals(
        "/api/v1/tenants/zvh-gv/conferences/5", Journeys.AGENDA.pathFor(Variant.AUDITED, "5"));
  }

  @Test
  void theStatementCountSubtractsItsOwnReading() {
    assertEquals(9, SqlCounter.delta(100, 110));
    assertEquals(4.5, StatementCounts.divide(45, 10));
  }
}
