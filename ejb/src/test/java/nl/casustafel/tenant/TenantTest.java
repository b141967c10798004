package nl.casustafel.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.casustafel.partner.Partner;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.partner.PartnerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantTest {

  private final Partner politie =
      new Partner(
          new PartnerId("politie-midden-nederland"),
          "Politie Midden-Nederland",
          PartnerKind.POLICE);

  @Test
  void keepsItsIdAndTrimmedName() {
    Tenant tenant = new Tenant(new TenantId("zvh-gv"), "  ZVH Gooi en Vechtstreek ");
    assertEquals(new TenantId("zvh-gv"), tenant.getId());
    assertEquals("ZVH Gooi en Vechtstreek", tenant.getName());
  }

  @Test
  void admitsAPartnerOnce() {
    Tenant tenant = new Tenant(new TenantId("zvh-gv"), "ZVH Gooi en Vechtstreek");
    assertFalse(tenant.hasPartner(politie));
    tenant.admit(politie);
    tenant.admit(
        new Partner(new PartnerId("politie-midden-nederland"), "Politie MNL", PartnerKind.POLICE));
    assertTrue(tenant.hasPartner(politie));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "ZVH-GV", "zvh_gv", "zvh--gv", "-zvh", "zvh-", "zvh gv", "a/b"})
  void rejectsIdsThatAreNotSlugs(String raw) {
    assertThrows(IllegalArgumentException.class, () -> new TenantId(raw));
  }

  @ParameterizedTest
  @NullSource
  void rejectsAMissingId(String raw) {
    assertThrows(NullPointerException.class, () -> new TenantId(raw));
  }

  @Test
  void rejectsIdsLongerThanTheColumn() {
    assertThrows(IllegalArgumentException.class, () -> new TenantId("a".repeat(65)));
    assertEquals(64, new TenantId("a".repeat(64)).value().length());
  }

  @Test
  void rejectsABlankName() {
    assertThrows(IllegalArgumentException.class, () -> new Tenant(new TenantId("zvh-gv"), " "));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Tenant(new TenantId("zvh-gv"), "\u00A0\u200B\u3164"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Partner(new PartnerId("kwintes"), "\u2007\u200D", PartnerKind.CARE));
  }
}
