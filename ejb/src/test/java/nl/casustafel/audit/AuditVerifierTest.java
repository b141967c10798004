package nl.casustafel.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * The five ways to tamper with the log, each found at the right first sequence number: an edited
 * field, a deleted middle row, two rows swapped, the newest rows cut off (the external checkpoint
 * still vouches for them) and a full rewrite with recomputed hashes (the signature does not fit).
 */
class AuditVerifierTest {

  private static final String TENANT = "zvh-gv";
  private static final Instant T0 = Instant.parse("2026-11-28T12:00:00.123456Z");
  private static final int EVERY = 10;

  private final CheckpointSigner signer = signer();
  private final AuditVerifier verifier = new AuditVerifier(signer, EVERY);

  static CheckpointSigner signer() {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      return new CheckpointSigner(Optional.of(pair.getPrivate()), pair.getPublic());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static AuditEntry entry(int i, String who) {
    return TestEvents.policeRead(T0.plusSeconds(i))
        .actor("sub-" + who, who, TestEvents.POLICE, Set.of(Role.PARTNER_MEMBER))
        .about(1L, "ps-" + (i % 7))
        .build();
  }

  /** A chain of n events, and the checkpoints signed every ten. */
  private List<ChainedEvent> chain(int n, String who, List<Checkpoint> checkpoints) {
    List<ChainedEvent> events = new ArrayList<>();
    byte[] prev = AuditChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      ChainedEvent event = AuditChain.append(i, prev, entry(i, who));
      events.add(event);
      prev = event.hash();
      if (i % EVERY == 0 && checkpoints != null) {
        checkpoints.add(signer.sign(TENANT, i, event.hash(), T0.plusSeconds(i)));
      }
    }
    return events;
  }

  private final List<Checkpoint> checkpoints = new ArrayList<>();
  private final List<ChainedEvent> events = chain(100, "politie.mnl", checkpoints);

  /** Verifies with the same checkpoints in the database and in the external file. */
  private Verification verify(List<ChainedEvent> log, List<Checkpoint> signed) {
    return verify(log, signed, signed);
  }

  private Verification verify(
      List<ChainedEvent> log, List<Checkpoint> database, List<Checkpoint> file) {
    return verifier.verify(
        TENANT,
        log.iterator(),
        database,
        CheckpointFile.of(Path.of(TENANT + ".checkpoints"), file));
  }

  @Test
  void anUntouchedChainVerifies() {
    Verification result = verify(events, checkpoints);
    assertTrue(result.ok(), result.toString());
    assertEquals(100, result.events());
    assertEquals(100, result.lastCheckpoint());
  }

  @Test
  void anEditedFieldIsFoundAtItsRow() {
    List<ChainedEvent> log = new ArrayList<>(events);
    ChainedEvent original = log.get(41);
    log.set(
        41, new ChainedEvent(42, entry(42, "someone.else"), original.prevHash(), original.hash()));
    assertBrokenAt(42, verify(log, checkpoints));
  }

  @Test
  void aDeletedMiddleRowIsFoundAtTheGap() {
    List<ChainedEvent> log = new ArrayList<>(events);
    log.remove(56);
    assertBrokenAt(57, verify(log, checkpoints));
  }

  @Test
  void twoSwappedRowsAreFoundAtTheFirst() {
    List<ChainedEvent> log = new ArrayList<>(events);
    ChainedEvent a = log.get(20);
    ChainedEvent b = log.get(21);
    log.set(20, new ChainedEvent(21, b.entry(), b.prevHash(), b.hash()));
    log.set(21, new ChainedEvent(22, a.entry(), a.prevHash(), a.hash()));
    assertBrokenAt(21, verify(log, checkpoints));
  }

  @Test
  void cuttingOffTheNewestRowsIsCaughtByTheExternalCheckpoint() {
    List<ChainedEvent> log = new ArrayList<>(events.subList(0, 95));
    List<Checkpoint> inDatabase = checkpoints.subList(0, 9); // the attacker removed the 10th too
    assertTrue(verify(log, inDatabase).ok(), "the database alone cannot see it");
    // The external file still has seq 100.
    assertBrokenAt(96, verify(log, inDatabase, checkpoints));
  }

  @Test
  void aFullRewriteWithRecomputedHashesIsCaughtByTheSignature() {
    List<ChainedEvent> rewritten = chain(100, "nobody", null);
    assertBrokenAt(1, verify(rewritten, checkpoints));
    List<Checkpoint> forged = new ArrayList<>();
    for (ChainedEvent e : rewritten) {
      if (e.seq() % EVERY == 0) { // checkpoints re-signed with another key
        forged.add(signer().sign(TENANT, e.seq(), e.hash(), T0));
      }
    }
    assertBrokenAt(1, verify(rewritten, forged));
  }

  @Test
  void aRewriteFromTheMiddleIsNotTrustedAfterTheLastMatchingCheckpoint() {
    List<ChainedEvent> log = new ArrayList<>(events.subList(0, 60));
    byte[] prev = log.get(59).hash();
    for (int i = 61; i <= 100; i++) {
      ChainedEvent e = AuditChain.append(i, prev, entry(i, "nobody"));
      log.add(e);
      prev = e.hash();
    }
    assertBrokenAt(61, verify(log, checkpoints));
  }

  @Test
  void checkpointsRoundTripThroughTheirFileLine() {
    Checkpoint c = checkpoints.get(3);
    Checkpoint parsed = Checkpoint.parse(c.line());
    assertTrue(signer.verify(parsed));
    assertEquals(c.seq(), parsed.seq());
  }

  @Test
  void controlCharactersAreNeutralised() {
    String clean = AuditText.clean("politie.mnl\nFAKE LINE\u001b[31m\u202e");
    assertFalse(clean.chars().anyMatch(Character::isISOControl), clean);
    assertFalse(clean.contains("\u202e"));
    assertTrue(AuditText.clean("x".repeat(600)).length() <= AuditText.MAX + 1);
  }

  @Test
  void pseudonymsAreStableKeyedAndNotTheId() {
    Pseudonyms one = new Pseudonyms("0123456789abcdef0123".getBytes());
    Pseudonyms other = new Pseudonyms("fedcba98765432100123".getBytes());
    assertEquals(one.of(TENANT, 7), one.of(TENANT, 7));
    assertFalse(one.of(TENANT, 7).equals(other.of(TENANT, 7)));
    assertFalse(one.of(TENANT, 7).equals(one.of("zvh-flevoland", 7)));
    assertEquals(35, one.of(TENANT, 7).length(), "ps- and 128 bits in hex");
  }

  private static void assertBrokenAt(long seq, Verification result) {
    assertFalse(result.ok(), "tampering went unnoticed");
    assertEquals(seq, result.firstBroken(), result.toString());
  }
}
