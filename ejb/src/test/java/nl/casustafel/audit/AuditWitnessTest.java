package nl.casustafel.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier fails closed without its witness, the external checkpoint file in a real directory:
 * missing, empty or unreadable when the tenant has checkpoints (in the database, or a chain of at
 * least checkpoint-every events whose database checkpoints were deleted too), a line that does not
 * parse, and a public key that does not match the signatures. A young chain without checkpoints
 * still passes. Real Ed25519 keys and real hashes, as in {@link AuditVerifierTest}.
 */
class AuditWitnessTest {

  private static final String TENANT = "zvh-gv";
  private static final Instant T0 = Instant.parse("2026-11-28T12:00:00.123456Z");
  private static final int EVERY = 100;

  @TempDir Path dir;

  private final CheckpointSigner signer = AuditVerifierTest.signer();
  private final AuditVerifier verifier = new AuditVerifier(signer, EVERY);
  private final List<Checkpoint> checkpoints = new ArrayList<>();

  /** A chain of n events as the application writes it: a checkpoint when it passes each 100. */
  private List<ChainedEvent> chain(int n) {
    List<ChainedEvent> events = new ArrayList<>();
    byte[] prev = AuditChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      ChainedEvent event = AuditChain.append(i, prev, AuditVerifierTest.entry(i, "politie.mnl"));
      events.add(event);
      prev = event.hash();
      if (i % EVERY == 0) {
        checkpoints.add(signer.sign(TENANT, i, event.hash(), T0.plusSeconds(i)));
      }
    }
    return events;
  }

  private Path file() {
    return CheckpointFile.path(dir, TENANT);
  }

  private void writeFile(List<Checkpoint> lines) throws IOException {
    StringBuilder text = new StringBuilder();
    lines.forEach(c -> text.append(c.line()).append('\n'));
    Files.writeString(file(), text, StandardCharsets.UTF_8);
  }

  private Verification verify(List<ChainedEvent> log, List<Checkpoint> database) {
    return verifier.verify(TENANT, log.iterator(), database, CheckpointFile.read(dir, TENANT));
  }

  @Test
  void aChainWithItsCheckpointsInTheDatabaseAndTheFileVerifies() throws IOException {
    List<ChainedEvent> log = chain(250);
    writeFile(checkpoints);
    Verification result = verify(log, checkpoints);
    assertTrue(result.ok(), result.toString());
    assertEquals(200, result.lastCheckpoint());
  }

  @Test
  void aMissingFileFailsWhenTheDatabaseHasCheckpoints() {
    List<ChainedEvent> log = chain(250);
    Verification result = verify(log, checkpoints);
    assertBroken(201, "is missing, but the database holds checkpoints", result);
  }

  @Test
  void cuttingOffEventsAndDatabaseCheckpointsWithTheFileGoneFails() {
    // The attack of issue #9: the newest events and all database checkpoints deleted, no file.
    List<ChainedEvent> log = chain(250).subList(0, 180);
    Verification result = verify(log, List.of());
    assertBroken(1, "is missing, but the chain has 180 events", result);
  }

  @Test
  void aChainOfExactlyTheIntervalNeedsTheFile() {
    assertBroken(1, "is missing", verify(chain(EVERY), List.of()));
  }

  @Test
  void aYoungChainWithoutCheckpointsPassesWithoutAFile() {
    Verification result = verify(chain(EVERY - 1), List.of());
    assertTrue(result.ok(), result.toString());
    assertEquals(EVERY - 1, result.events());
    assertTrue(verify(List.of(), List.of()).ok(), "a tenant without events");
  }

  @Test
  void anEmptyFileFails() throws IOException {
    List<ChainedEvent> log = chain(250);
    Files.writeString(file(), "");
    assertBroken(201, "is empty", verify(log, checkpoints));
    Files.writeString(file(), "\n  \n");
    assertBroken(201, "is empty", verify(log, checkpoints));
  }

  @Test
  void aDirectoryInPlaceOfTheFileFailsEvenForAYoungChain() throws IOException {
    Files.createDirectory(file());
    assertBroken(1, "cannot be read: not a regular file", verify(chain(250), List.of()));
    assertBroken(1, "cannot be read: not a regular file", verify(chain(3), List.of()));
  }

  @Test
  void aLineThatDoesNotParseFails() throws IOException {
    List<ChainedEvent> log = chain(250);
    writeFile(checkpoints);
    Files.writeString(file(), "zvh-gv 300 not-hex\n", StandardOpenOption.APPEND);
    Verification result = verify(log, checkpoints);
    assertBroken(201, file() + " cannot be read: line 3 does not parse", result);
  }

  @Test
  void aLineWithABadTimeOrAnotherTenantFails() throws IOException {
    List<ChainedEvent> log = chain(150);
    String line = checkpoints.get(0).line();
    Files.writeString(file(), line.replace("2026-11-28T", "2026-13-28T") + "\n");
    assertBroken(101, "line 1 does not parse", verify(log, checkpoints));
    Files.writeString(file(), line.replaceFirst("^zvh-gv ", "zvh-flevoland ") + "\n");
    assertBroken(101, "line 1 does not parse: for tenant zvh-flevoland", verify(log, checkpoints));
  }

  @Test
  void linesThatParseStillNameACutOffFirst() throws IOException {
    List<ChainedEvent> log = chain(250);
    writeFile(checkpoints);
    Files.writeString(file(), "garbage\n", StandardOpenOption.APPEND);
    // The newest 60 events and the database's checkpoint at 200 deleted: the file still has 200.
    assertBroken(191, "events cut off", verify(log.subList(0, 190), checkpoints.subList(0, 1)));
  }

  @Test
  void aPublicKeyThatDoesNotMatchFails() throws Exception {
    List<ChainedEvent> log = chain(250);
    writeFile(checkpoints);
    KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    AuditVerifier wrong =
        new AuditVerifier(new CheckpointSigner(Optional.empty(), other.getPublic()), EVERY);
    Verification result =
        wrong.verify(TENANT, log.iterator(), checkpoints, CheckpointFile.read(dir, TENANT));
    assertBroken(1, "checkpoint at 100 has a bad signature", result);
  }

  @Test
  void thePinnedPublicKeyIsReadFromItsOwnFile() throws Exception {
    Path privateKey = dir.resolve("keys/signing.pem");
    Path pinned = dir.resolve("pinned/public.pem");
    Files.createDirectories(pinned.getParent());
    CheckpointSigner.generate(privateKey, pinned);
    Checkpoint signed = CheckpointSigner.signing(privateKey).sign(TENANT, 7, new byte[32], T0);
    assertTrue(CheckpointSigner.verifying(pinned).verify(signed));
    Path other = dir.resolve("other.pem");
    CheckpointSigner.generate(dir.resolve("other-private.pem"), other);
    assertFalse(CheckpointSigner.verifying(other).verify(signed));
    assertThrows(
        IllegalStateException.class,
        () -> CheckpointSigner.signing(privateKey).verify(signed),
        "the signing side has no key to verify with");
  }

  private static void assertBroken(long seq, String reason, Verification result) {
    assertFalse(result.ok(), "passed without its witness: " + result);
    assertEquals(seq, result.firstBroken(), result.toString());
    assertTrue(result.reason().contains(reason), result.toString());
  }
}
