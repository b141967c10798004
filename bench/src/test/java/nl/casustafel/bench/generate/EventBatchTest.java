package nl.casustafel.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.casustafel.audit.AuditChain;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.audit.AuditVerifier;
import nl.casustafel.audit.ChainedEvent;
import nl.casustafel.audit.Checkpoint;
import nl.casustafel.audit.CheckpointFile;
import nl.casustafel.audit.CheckpointSigner;
import nl.casustafel.audit.Pseudonyms;
import nl.casustafel.audit.Verification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventBatchTest {

  private static final TenantShape GV = TenantShape.demo();
  private static final Pseudonyms PSEUDONYMS =
      new Pseudonyms(
          "casustafel-demo-pseudonym-key-not-for-production".getBytes(StandardCharsets.UTF_8));

  private CheckpointSigner signer;
  private final List<ChainedEvent> chain = new ArrayList<>();
  private final List<Checkpoint> checkpoints = new ArrayList<>();

  @BeforeEach
  void keys() throws Exception {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    signer = new CheckpointSigner(Optional.of(pair.getPrivate()), pair.getPublic());
  }

  @Test
  void theSameSeedTenantAndBatchGiveTheSameEvents() {
    assertEquals(batch(14, 3, 3_001, 4_000), batch(14, 3, 3_001, 4_000));
    assertNotEquals(batch(14, 3, 3_001, 4_000), batch(14, 4, 4_001, 5_000));
    assertNotEquals(batch(14, 3, 3_001, 4_000), batch(15, 3, 3_001, 4_000));
  }

  @Test
  void aBatchResumedAfterTheHeadHoldsTheSameEventsForTheRest() {
    List<AuditEntry> full = batch(14, 0, 1, 1_000);
    assertEquals(full.subList(37, 1_000), batch(14, 0, 38, 1_000));
    assertEquals(full.subList(0, 500), batch(14, 0, 1, 500));
  }

  @Test
  void eventsAreAboutGeneratedCasesWithTheClientsPseudonym() {
    for (AuditEntry e : batch(14, 0, 1, 1_000)) {
      assertTrue(e.caseId() >= GV.id(0) && e.caseId() < GV.id(956), "case " + e.caseId());
      assertEquals(PSEUDONYMS.of("zvh-gv", e.caseId()), e.subjectRef());
      assertEquals("zvh-gv", e.tenant());
    }
  }

  @Test
  void theGeneratedChainAfterExistingEventsPassesTheVerifier() {
    generate(37, 2_500);
    Verification result = verify();
    assertTrue(result.ok(), result.toString());
    assertEquals(2_500, result.events());
    assertEquals(2_500, result.lastCheckpoint());
    assertEquals(3, checkpoints.size()); // at 1000, 2000 and the target
  }

  @Test
  void anEditedEventFailsTheVerifierAtItsSequenceNumber() {
    generate(0, 2_000);
    ChainedEvent original = chain.get(1_499);
    AuditEntry other = batch(99, 1, 1_500, 1_500).get(0);
    chain.set(1_499, new ChainedEvent(1_500, other, original.prevHash(), original.hash()));
    Verification result = verify();
    assertFalse(result.ok());
    assertEquals(1_500, result.firstBroken());
  }

  /** As TenantGenerator does, in memory: events of other origin up to {@code head}, then ours. */
  private void generate(long head, long target) {
    byte[] prev = AuditChain.GENESIS;
    for (AuditEntry e : head == 0 ? List.<AuditEntry>of() : batch(7, 0, 1, head)) {
      ChainedEvent event = AuditChain.append(chain.size() + 1, prev, e);
      chain.add(event);
      prev = event.hash();
    }
    for (Optional<Resume.Events> next = Resume.events(head, target);
        next.isPresent();
        next = Resume.events(head, target)) {
      Resume.Events at = next.get();
      List<ChainedEvent> appended = new ArrayList<>();
      for (AuditEntry e : EventBatch.of(14, GV, PSEUDONYMS, 956, at.batch(), at.from(), at.to())) {
        ChainedEvent event = AuditChain.append(chain.size() + 1, prev, e);
        chain.add(event);
        appended.add(event);
        prev = event.hash();
      }
      ChainedEvent last = appended.get(appended.size() - 1);
      if (TenantGenerator.signsCheckpoint(appended, target)) {
        checkpoints.add(signer.sign("zvh-gv", last.seq(), last.hash(), last.entry().occurredAt()));
      }
      head = at.to();
    }
  }

  private Verification verify() {
    return new AuditVerifier(signer, 100)
        .verify(
            "zvh-gv",
            chain.iterator(),
            checkpoints,
            CheckpointFile.of(Path.of("zvh-gv.checkpoints"), checkpoints));
  }

  private static List<AuditEntry> batch(long seed, long batch, long from, long to) {
    return EventBatch.of(seed, GV, PSEUDONYMS, 956, batch, from, to);
  }
}
