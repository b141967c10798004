package nl.casustafel.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SlugTest {

  /** The documented shape, as a regular expression: the hand-written check must agree with it. */
  private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Test
  void plainIdentifiersPass() {
    assertEquals("zvh-gv", Slug.require("zvh-gv", "Tenant"));
    assertEquals("politie-midden-nederland", Slug.require("politie-midden-nederland", "Partner"));
    assertEquals("a1", Slug.require("a1", "Partner"));
  }

  @Test
  void anythingElseIsRefusedWithTheLabel() {
    for (String bad : new String[] {"", "-a", "a-", "a--b", "Zvh", "zvh_gv", "zvh gv", "é"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Slug.require(bad, "Partner"));
      assertEquals(true, e.getMessage().startsWith("Partner must be"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> Slug.require("a".repeat(65), "Partner"));
    assertThrows(NullPointerException.class, () -> Slug.require(null, "Partner"));
  }

  @Property(tries = 2000)
  void agreesWithTheRegularExpression(
      @ForAll @Chars({'a', 'z', '0', '9', '-', 'A', '_', ' '}) @StringLength(max = 8)
          String value) {
    boolean valid;
    try {
      Slug.require(value, "Slug");
      valid = true;
    } catch (IllegalArgumentException e) {
      valid = false;
    }
    assertEquals(SHAPE.matcher(value).matches(), valid, value);
  }
}
