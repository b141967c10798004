package nl.casustafel.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import nl.casustafel.it.Deployments;
import nl.casustafel.partner.Partner;
import nl.casustafel.partner.PartnerDirectory;
import nl.casustafel.shared.DatabaseHealth;
import nl.casustafel.shared.Page;
import nl.casustafel.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The services with JPA and Flyway inside Liberty, reading the demo data from MariaDB. */
@ExtendWith(ArquillianExtension.class)
class TenantDirectoryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("tenant-directory-it", TenantDirectoryIT.class);
  }

  @EJB private TenantDirectory tenants;
  @EJB private PartnerDirectory partners;
  @EJB private DatabaseHealth health;

  @Test
  void readsTheDemoTenantFromMariaDb() {
    Tenant tenant = tenants.find(new TenantId("zvh-gv")).orElseThrow();
    assertEquals("Zorg- en Veiligheidshuis Gooi en Vechtstreek", tenant.getName());
    assertTrue(tenants.find(new TenantId("zvh-flevoland")).isPresent());
    assertTrue(tenants.find(new TenantId("zvh-nergens")).isEmpty());
  }

  @Test
  void pagesThePartnersOfATenantByName() {
    Page<Partner> first = partners.partnersOf(new TenantId("zvh-gv"), new PageRequest(0, 5, ""));
    assertEquals(28, first.total());
    List<String> names = first.items().stream().map(Partner::getName).toList();
    assertEquals(
        List.of(
            "Actiecentrum mensenhandel Amsterdam",
            "Categorale Opvang Slachtoffers Mensenhandel",
            "Comensha",
            "Gemeente Blaricum",
            "Gemeente Eemnes"),
        names);
    Page<Partner> last = partners.partnersOf(new TenantId("zvh-gv"), new PageRequest(25, 5, ""));
    assertEquals(3, last.items().size());
  }

  @Test
  void filtersOnNameWithinTheTenantOnly() {
    Page<Partner> gemeenten =
        partners.partnersOf(new TenantId("zvh-gv"), new PageRequest(0, 50, "GEMEENTE"));
    assertEquals(8, gemeenten.total());
    assertTrue(gemeenten.items().stream().noneMatch(p -> p.getName().contains("Almere")));
    Page<Partner> flevo =
        partners.partnersOf(new TenantId("zvh-flevoland"), new PageRequest(0, 50, "gemeente"));
    assertEquals(2, flevo.total());
  }

  @Test
  void anUnknownTenantHasNoPartners() {
    assertEquals(
        0, partners.partnersOf(new TenantId("zvh-nergens"), new PageRequest(0, 10, "")).total());
  }

  @Test
  void flywayOwnsTheSchema() {
    DatabaseHealth.Status status = health.check();
    assertTrue(status.up(), status.detail());
    assertEquals("16", status.schemaVersion());
    assertTrue(status.server().contains("MariaDB"), status.server());
  }
}
