package nl.casustafel.covenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.casustafel.it.Deployments;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.tenant.TenantId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant isolation through EclipseLink's multitenancy, inside Liberty against MariaDB: every test
 * method is one request acting in one tenant.
 */
@ExtendWith(ArquillianExtension.class)
class CovenantIsolationIT {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("covenant-isolation-it", CovenantIsolationIT.class);
  }

  @Inject private TenantContext tenant;
  @EJB private CovenantDirectory covenants;

  @Test
  void aTenantReadsItsOwnCovenantWithTheMatrix() {
    tenant.enter(new TenantId("zvh-gv"));
    Covenant covenant = covenants.inForce(TODAY).orElseThrow();
    assertEquals(new TenantId("zvh-gv"), covenant.tenant());
    assertEquals(6, covenant.memberships().size());
    CovenantMembership veiligThuis =
        covenant
            .membershipOf(new PartnerId("veilig-thuis-gooi-en-vechtstreek"), TODAY)
            .orElseThrow();
    assertTrue(
        veiligThuis
            .grantFor(DataCategory.HEALTH, Direction.RECEIVE, Purpose.CASE_CONFERENCE)
            .isPresent());
    assertTrue(
        veiligThuis
            .grantFor(DataCategory.JUSTICE, Direction.RECEIVE, Purpose.CASE_CONFERENCE)
            .isEmpty());
    assertTrue(covenant.articles().containsKey("art. 5.3"));
  }

  @Test
  void anotherTenantsCovenantIsNotFoundEvenById() {
    tenant.enter(new TenantId("zvh-gv"));
    assertTrue(covenants.find(2).isEmpty(), "zvh-flevoland's covenant leaked into zvh-gv");
    assertTrue(covenants.find(1).isPresent());
  }

  @Test
  void theOtherTenantSeesOnlyItsOwnToo() {
    tenant.enter(new TenantId("zvh-flevoland"));
    assertEquals(new TenantId("zvh-flevoland"), covenants.inForce(TODAY).orElseThrow().tenant());
    assertTrue(covenants.find(1).isEmpty(), "zvh-gv's covenant leaked into zvh-flevoland");
  }

  @Test
  void withoutATenantNothingIsRead() {
    assertThrows(EJBException.class, () -> covenants.inForce(TODAY));
  }

  @Test
  void aRequestCannotChangeItsTenant() {
    tenant.enter(new TenantId("zvh-gv"));
    assertThrows(IllegalStateException.class, () -> tenant.enter(new TenantId("zvh-flevoland")));
  }
}
