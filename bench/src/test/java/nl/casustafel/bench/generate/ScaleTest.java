package nl.casustafel.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  void smallFillsTheDemoTenantTo1000CasesAndAHundredEventsEach() {
    List<Scale.TenantPlan> plans = Scale.SMALL.plans();
    assertEquals(1, plans.size());
    assertEquals("zvh-gv", plans.get(0).tenant().id());
    assertEquals(1_000, plans.get(0).cases());
    assertEquals(100_000, plans.get(0).events());
  }

  @Test
  void regionIsOneZvhsTenYears() {
    Scale.TenantPlan gv = Scale.REGION.plans().get(0);
    assertEquals(23_000, gv.cases());
    assertEquals(2_300_000, gv.events());
  }

  @Test
  void nationalIsThirtyTenantsWithAbout700kCasesAnd10mEvents() {
    List<Scale.TenantPlan> plans = Scale.NATIONAL.plans();
    assertEquals(30, plans.size());
    long cases = plans.stream().mapToLong(Scale.TenantPlan::cases).sum();
    long events = plans.stream().mapToLong(Scale.TenantPlan::events).sum();
    assertTrue(Math.abs(cases - 700_000) < 100, "cases " + cases);
    assertTrue(Math.abs(events - 10_000_000) < 100, "events " + events);
    assertEquals("bench-01", plans.get(1).tenant().id());
    assertEquals("bench-29", plans.get(29).tenant().id());
    assertEquals(30, plans.stream().map(p -> p.tenant().id()).distinct().count());
  }

  @Test
  void theIdRangesOfTheTenantsDoNotOverlap() {
    List<Scale.TenantPlan> plans = Scale.NATIONAL.plans();
    for (int i = 1; i < plans.size(); i++) {
      TenantShape before = plans.get(i - 1).tenant();
      assertTrue(before.id(plans.get(i - 1).cases() - 1) < plans.get(i).tenant().firstId());
    }
  }

  @Test
  void aScaleIsNamedInLowerCaseAndAnUnknownOneIsRefused() {
    assertEquals(Scale.NATIONAL, Scale.parse("national"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Scale.parse("huge"));
    assertTrue(e.getMessage().contains("small, region or national"));
  }
}
