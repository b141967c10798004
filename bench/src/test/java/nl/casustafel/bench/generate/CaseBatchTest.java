package nl.casustafel.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CaseBatchTest {

  private static final TenantShape GV = TenantShape.demo();
  private static final int SIZE = TenantGenerator.CASES_PER_BATCH;

  @Test
  void theSameSeedTenantAndBatchGiveTheSameRows() {
    assertEquals(CaseBatch.of(14, GV, 3, SIZE, 23_000), CaseBatch.of(14, GV, 3, SIZE, 23_000));
  }

  @Test
  void anotherBatchSeedOrTenantGivesOtherRows() {
    CaseBatch batch = CaseBatch.of(14, GV, 3, SIZE, 23_000);
    assertNotEquals(batch.clients(), CaseBatch.of(14, GV, 4, SIZE, 23_000).clients());
    assertNotEquals(batch.cases(), CaseBatch.of(15, GV, 3, SIZE, 23_000).cases());
    List<String> names = batch.clients().stream().map(CaseBatch.Client::name).toList();
    List<String> benchNames =
        CaseBatch.of(14, TenantShape.bench(1), 3, SIZE, 23_000).clients().stream()
            .map(CaseBatch.Client::name)
            .toList();
    assertNotEquals(names, benchNames);
  }

  @Test
  void theLastBatchIsCutAtTheCountAndIsAPrefixOfTheFullBatch() {
    CaseBatch full = CaseBatch.of(14, GV, 1, SIZE, 23_000);
    CaseBatch cut = CaseBatch.of(14, GV, 1, SIZE, 956);
    assertEquals(456, cut.cases().size());
    assertEquals(full.cases().subList(0, 456), cut.cases());
    assertEquals(GV.id(955), cut.cases().get(455).id());
  }

  @Test
  void fromLeavesOutTheCasesAlreadyWrittenWithEverythingOfThem() {
    CaseBatch rest = CaseBatch.of(14, GV, 1, SIZE, 23_000).from(GV.id(956));
    assertEquals(44, rest.cases().size());
    assertEquals(GV.id(956), rest.cases().get(0).id());
    assertTrue(rest.participations().stream().allMatch(p -> p.caseId() >= GV.id(956)));
    assertTrue(rest.statusChanges().stream().allMatch(p -> p.caseId() >= GV.id(956)));
    assertEquals(44, rest.clients().size());
  }

  @Test
  void everyCaseHasTheZvhAndThePoliceAndAboutHalfVeiligThuis() {
    CaseBatch batch = CaseBatch.of(14, GV, 0, SIZE, 23_000);
    Map<Long, Set<String>> partners =
        batch.participations().stream()
            .collect(
                Collectors.groupingBy(
                    CaseBatch.Participation::caseId,
                    Collectors.mapping(CaseBatch.Participation::partner, Collectors.toSet())));
    assertEquals(SIZE, partners.size());
    assertTrue(partners.values().stream().allMatch(p -> p.contains("zvh-gooi-en-vechtstreek")));
    assertTrue(partners.values().stream().allMatch(p -> p.contains("politie-midden-nederland")));
    long vt =
        partners.values().stream()
            .filter(p -> p.contains("veilig-thuis-gooi-en-vechtstreek"))
            .count();
    assertTrue(vt > SIZE * 0.4 && vt < SIZE * 0.6, "Veilig Thuis on " + vt + " of " + SIZE);
  }

  @Test
  void casesHaveOneToThreeItemsTheirOwnClientAndTimesInOrder() {
    CaseBatch batch = CaseBatch.of(14, GV, 0, SIZE, 23_000);
    Map<Long, Long> items =
        batch.information().stream()
            .collect(Collectors.groupingBy(CaseBatch.Information::caseId, Collectors.counting()));
    assertTrue(items.values().stream().allMatch(n -> n >= 1 && n <= 3));
    for (CaseBatch.Case c : batch.cases()) {
      assertEquals(c.id(), c.clientId());
      assertTrue(c.openedAt().isBefore(CaseBatch.OPENED_TO));
      assertEquals(c.status().equals("CLOSED"), c.closedAt() != null);
      if (c.closedAt() != null) {
        assertFalse(c.closedAt().isBefore(CaseBatch.CLOSED_FROM));
      }
    }
    for (int i = 1; i < batch.statusChanges().size(); i++) {
      CaseBatch.StatusChange before = batch.statusChanges().get(i - 1);
      CaseBatch.StatusChange after = batch.statusChanges().get(i);
      if (before.caseId() == after.caseId()) {
        assertTrue(after.at().isAfter(before.at()));
        assertEquals(before.to(), after.from());
      }
    }
  }

  @Test
  void referencesAreUniqueInTheTenantAndShapedAsTheApplicationsAre() {
    Set<String> references = new HashSet<>();
    for (int b = 0; b < 4; b++) {
      for (CaseBatch.Case c : CaseBatch.of(14, GV, b, SIZE, 23_000).cases()) {
        assertTrue(c.reference().matches("MH-20(1[5-9]|2[0-5])-\\d{6}"), c.reference());
        assertTrue(references.add(c.reference()), "twice: " + c.reference());
      }
    }
  }

  @Test
  void idsStayInTheTenantsRangeAboveTheDemosIds() {
    assertEquals(1_000_000, GV.id(0));
    assertEquals(3_000_005, TenantShape.bench(2).id(5));
    assertTrue(
        CaseBatch.of(14, TenantShape.bench(29), 46, SIZE, 23_345).cases().stream()
            .allMatch(c -> c.id() >= 30_000_000 && c.id() < 31_000_000));
  }
}
