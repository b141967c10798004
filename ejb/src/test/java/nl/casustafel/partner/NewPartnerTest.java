package nl.casustafel.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A new partner's municipality and crisis service (issue #13). */
class NewPartnerTest {

  private static NewPartner partner(PartnerKind kind, String municipality) {
    return new NewPartner(
        new PartnerId("gemeente-test"),
        "Gemeente Test",
        kind,
        Optional.of("gemeente-test.example"),
        Optional.empty(),
        Optional.ofNullable(municipality),
        Optional.of(CrisisService.YOUTH));
  }

  @Test
  void aMunicipalityNamesTheMunicipalityItIs() {
    assertEquals(
        Optional.of("Hilversum"), partner(PartnerKind.MUNICIPALITY, "  Hilversum ").municipality());
    assertEquals(Optional.empty(), partner(PartnerKind.MUNICIPALITY, " ").municipality());
  }

  @Test
  void onlyAMunicipalityIsOne() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class, () -> partner(PartnerKind.POLICE, "Hilversum"));
    assertTrue(refused.getMessage().startsWith("municipality"), refused.getMessage());
    assertEquals(Optional.empty(), partner(PartnerKind.POLICE, null).municipality());
  }
}
