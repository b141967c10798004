package nl.casustafel.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void aMissingFilterMatchesEverything() {
    assertEquals("%%", new PageRequest(0, 10, null).likePattern());
  }

  @Test
  void theFilterIsTrimmedAndCaseInsensitive() {
    assertEquals("%veilig thuis%", new PageRequest(0, 10, "  Veilig Thuis ").likePattern());
  }

  @Test
  void wildcardsTheUserTypesAreTakenLiterally() {
    assertEquals("%50\\%\\_x\\\\%", new PageRequest(0, 10, "50%_x\\").likePattern());
  }

  @Test
  void aSearchTextIsContainedLiterally() {
    assertEquals("%jan%", PageRequest.containing("jan"));
    assertEquals("%100\\%a\\_b%", PageRequest.containing("100%a_b"));
  }

  @Test
  void rejectsImpossiblePages() {
    assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 10, ""));
    assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 0, ""));
    assertThrows(
        IllegalArgumentException.class, () -> new PageRequest(0, PageRequest.MAX_SIZE + 1, ""));
  }
}
