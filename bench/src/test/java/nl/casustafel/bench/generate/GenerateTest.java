package nl.casustafel.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenerateTest {

  @Test
  void theScaleIsRequiredAndTheSeedDefaultsTo14() {
    assertEquals(
        new Generate.Options(Scale.REGION, 14), Generate.Options.parse("--scale", "region"));
    assertEquals(
        new Generate.Options(Scale.SMALL, 7),
        Generate.Options.parse("--seed", "7", "--scale", "small"));
    assertTrue(refused().getMessage().contains("--scale"));
  }

  @Test
  void badArgumentsAreRefusedWithWhatIsWrong() {
    assertTrue(refused("--scale").getMessage().contains("needs a value"));
    assertTrue(refused("--scale", "huge").getMessage().contains("small, region or national"));
    assertTrue(refused("--scale", "small", "--seed", "x").getMessage().contains("whole number"));
    assertTrue(refused("--scale", "small", "--fast").getMessage().contains("--fast"));
  }

  @Test
  void aMissingVariableIsNamed() {
    Map<String, String> env = new HashMap<>();
    env.put("CASUSTAFEL_DB_URL", "jdbc:mariadb://127.0.0.1:3327/casustafel");
    env.put("CASUSTAFEL_DB_OWNER_USER", "casustafel_owner");
    env.put("CASUSTAFEL_DB_OWNER_PASSWORD", "x");
    env.put("CASUSTAFEL_AUDIT_SIGNING_KEY", "/k.pem");
    env.put("CASUSTAFEL_AUDIT_CHECKPOINT_DIR", "/c");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Generate.environment(env));
    assertTrue(e.getMessage().contains("CASUSTAFEL_AUDIT_PSEUDONYM_KEY"));
    env.put("CASUSTAFEL_AUDIT_PSEUDONYM_KEY", "casustafel-demo-pseudonym-key");
    assertEquals(6, Generate.environment(env).size());
  }

  private static IllegalArgumentException refused(String... args) {
    return assertThrows(IllegalArgumentException.class, () -> Generate.Options.parse(args));
  }
}
