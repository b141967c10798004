package nl.casustafel.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TypedTextOwnerTest {

  private static final String REGISSEUR = "6f1c2a9e-0b7d-4c1e-9a55-3d2f8e7b1c40";
  private static final String VEILIG_THUIS = "a83e5d10-7c2b-4f6e-8d91-0e4b2c7f9a16";

  @Test
  void theSameUserHasTheSameKeyAtEveryReLogin() {
    assertEquals(TypedTextOwner.of(REGISSEUR), TypedTextOwner.of(REGISSEUR));
  }

  @Test
  void anotherUserHasAnotherKey() {
    assertNotEquals(TypedTextOwner.of(REGISSEUR), TypedTextOwner.of(VEILIG_THUIS));
  }

  @Test
  void theKeyShowsNothingOfTheSubject() {
    String key = TypedTextOwner.of(REGISSEUR);
    assertTrue(key.matches("[0-9a-f]{64}"), key);
    assertFalse(key.contains(REGISSEUR.substring(0, 8)), key);
  }
}
