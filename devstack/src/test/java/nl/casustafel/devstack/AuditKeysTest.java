package nl.casustafel.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.casustafel.audit.CheckpointSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's pinned public key: copied once from the pair, never overwritten when the private key
 * is replaced later.
 */
class AuditKeysTest {

  @TempDir Path dir;

  private Path privateKey() {
    return dir.resolve("audit/checkpoint-signing-key.pem");
  }

  private Path pairPublic() {
    return Path.of(privateKey() + ".pub");
  }

  private Path pinned() {
    return dir.resolve("audit-pinned/checkpoint-public-key.pem");
  }

  @Test
  void theFirstRunCreatesThePairAndPinsItsPublicKeyApart() throws Exception {
    AuditKeys.main(new String[] {privateKey().toString(), pinned().toString()});
    assertTrue(Files.exists(privateKey()));
    assertEquals(-1, Files.mismatch(pairPublic(), pinned()));
    assertNull(AuditKeys.pin(pairPublic(), pinned()), "nothing to say the second time");
  }

  @Test
  void aReplacedPrivateKeyIsNotPinnedSilently() throws Exception {
    AuditKeys.main(new String[] {privateKey().toString(), pinned().toString()});
    String first = Files.readString(pinned());
    Files.delete(privateKey());
    AuditKeys.main(new String[] {privateKey().toString(), pinned().toString()});
    assertEquals(first, Files.readString(pinned()), "the pinned key was replaced");
    String warning = AuditKeys.pin(pairPublic(), pinned());
    assertTrue(warning.contains("is not the signing key's"), warning);
  }

  @Test
  void aPairFromBeforePinningIsPinnedOnceAndAMissingPublicKeyIsNamed() throws Exception {
    CheckpointSigner.generate(privateKey(), pairPublic());
    assertTrue(AuditKeys.pin(pairPublic(), pinned()).startsWith("Pinned"));
    Path elsewhere = dir.resolve("elsewhere/key.pem");
    IOException e =
        assertThrows(IOException.class, () -> AuditKeys.pin(dir.resolve("none.pub"), elsewhere));
    assertTrue(e.getMessage().contains(elsewhere.toString()), e.getMessage());
  }
}
