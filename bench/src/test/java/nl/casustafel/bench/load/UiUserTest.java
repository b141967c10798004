package nl.casustafel.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UiUserTest {

  @Test
  void keycloaksFormActionIsUnescaped() {
    assertEquals(
        "http://kc/login-actions/authenticate?session_code=a&execution=b",
        UiUser.unescape("http://kc/login-actions/authenticate?session_code=a&amp;execution=b"));
  }

  @Test
  void formFieldsAreEncodedInOrder() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", "regisseur.gv");
    fields.put("pass word", "d &e");

    assertEquals("username=regisseur.gv&pass+word=d+%26e", Http.formBody(fields));
  }
}
