package nl.casustafel.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.Role;
import nl.casustafel.it.Deployments;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.PageRequest;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.tenant.TenantId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A case of one tenant is invisible in the other through find, JPQL and the case service, also
 * right after the other tenant loaded it into EclipseLink's cache. Each test method is one request
 * in one tenant; the order makes the loading come first.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseIsolationIT {

  private static final TenantId GV = new TenantId("zvh-gv");
  private static final TenantId FLEVO = new TenantId("zvh-flevoland");
  private static final long FLEVO_CASE = 6;
  private static final long GV_CASE = 1;

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("case-isolation-it", CaseIsolationIT.class, CaseProbe.class);
  }

  @Inject private TenantContext tenant;
  @EJB private CaseProbe probe;
  @EJB private CaseFiles cases;

  @Test
  @Order(1)
  void flevolandLoadsItsCasesIntoItsCache() {
    tenant.enter(FLEVO);
    assertEquals("FL-2026-001", probe.find(FLEVO_CASE));
    assertEquals(List.of("FL-2026-001", "FL-2026-002"), probe.references());
    assertNull(probe.find(GV_CASE), "a zvh-gv case leaked into zvh-flevoland");
    assertTrue(cases.open(director(FLEVO), new CaseId(GV_CASE), Purpose.CASE_CONFERENCE).isEmpty());
  }

  @Test
  @Order(2)
  void rightAfterwardsGooiEnVechtstreekStillSeesNoneOfThem() {
    tenant.enter(GV);
    assertNull(probe.find(FLEVO_CASE), "a zvh-flevoland case leaked into zvh-gv (cache)");
    assertTrue(probe.references().stream().allMatch(r -> r.startsWith("MH-")));
    assertTrue(probe.informationOf(FLEVO_CASE).isEmpty(), "another tenant's information leaked");
    assertTrue(cases.open(director(GV), new CaseId(FLEVO_CASE), Purpose.CASE_CONFERENCE).isEmpty());
    assertTrue(
        cases.list(director(GV), new PageRequest(0, 100, "")).items().stream()
            .noneMatch(c -> c.reference().startsWith("FL-")));
    assertEquals("MH-2026-001", probe.find(GV_CASE));
  }

  @Test
  @Order(3)
  void andTheOtherWayRoundAfterGooiEnVechtstreekLoadedItsOwn() {
    tenant.enter(FLEVO);
    assertNull(probe.find(GV_CASE), "a zvh-gv case leaked into zvh-flevoland (cache)");
    assertTrue(probe.informationOf(GV_CASE).isEmpty(), "another tenant's information leaked");
  }

  /** A case director of the tenant, as the token would make one. */
  private static CurrentUser director(TenantId in) {
    return new CurrentUser(
        "it-director",
        "it.director",
        "IT director",
        Optional.of(new PartnerId("zvh-gooi-en-vechtstreek")),
        Map.of(in, EnumSet.of(Role.CASE_DIRECTOR)),
        false);
  }
}
