package nl.casustafel.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The restore rule of {@link AuditVerifier}: a database restored from a backup has lost the events
 * after it while the external file still holds their checkpoints. A RESTORED event that a valid
 * checkpoint vouches for sets those lines aside, and only those: lines below the restore point,
 * lines written after the restore and every database checkpoint still count. Real Ed25519 keys and
 * real hashes, as in {@link AuditVerifierTest}.
 *
 * <p>The story: a chain of 300 events with checkpoints at 100, 200 and 300; a backup taken at 250;
 * the database restored from it, so a RESTORED event at 251 and its checkpoint.
 */
class AuditRestoreTest {

  private static final String TENANT = "zvh-gv";
  private static final Instant T0 = Instant.parse("2026-11-28T12:00:00.123456Z");
  private static final int EVERY = 100;

  private final CheckpointSigner signer = AuditVerifierTest.signer();
  private final AuditVerifier verifier = new AuditVerifier(signer, EVERY);

  /** The chain as it was before the restore: 300 events, and the 300 lost with the restore. */
  private final List<ChainedEvent> lost = extend(new ArrayList<>(), 300, "politie.mnl");

  /** The file as the application wrote it before the restore: 100, 200, 300. */
  private final List<Checkpoint> file = new ArrayList<>(signedEvery(lost));

  /** The backup: events 1..250 and the database checkpoints 100 and 200. */
  private final List<ChainedEvent> restored = new ArrayList<>(lost.subList(0, 250));

  private final List<Checkpoint> database = new ArrayList<>(signedEvery(restored));

  /** Appends {@code n} ordinary events (an actor per branch, so that branches differ). */
  private static List<ChainedEvent> extend(List<ChainedEvent> chain, int n, String who) {
    for (int i = 0; i < n; i++) {
      long seq = chain.size() + 1L;
      byte[] prev = chain.isEmpty() ? AuditChain.GENESIS : chain.get(chain.size() - 1).hash();
      chain.add(AuditChain.append(seq, prev, AuditVerifierTest.entry((int) seq, who)));
    }
    return chain;
  }

  /** The checkpoints the application signs at each multiple of {@link #EVERY}. */
  private List<Checkpoint> signedEvery(List<ChainedEvent> chain) {
    return chain.stream().filter(e -> e.seq() % EVERY == 0).map(this::sign).toList();
  }

  private Checkpoint sign(ChainedEvent event) {
    return signer.sign(TENANT, event.seq(), event.hash(), T0.plusSeconds(event.seq()));
  }

  /** What ./casustafel restore does: a RESTORED event at the head, signed in both places. */
  private Checkpoint restore(List<ChainedEvent> chain) {
    long seq = chain.size() + 1L;
    ChainedEvent event =
        AuditChain.append(seq, chain.get(chain.size() - 1).hash(), restoredEntry());
    chain.add(event);
    Checkpoint checkpoint = sign(event);
    database.add(checkpoint);
    file.add(checkpoint);
    return checkpoint;
  }

  private static AuditEntry restoredEntry() {
    return new AuditEntry(
        TENANT,
        T0.plusSeconds(100_000),
        "system:restore",
        "operator",
        null,
        "-",
        null,
        AuditAction.RESTORED,
        null,
        null,
        null,
        "PERMIT",
        "restored to sequence 250 from backup b.sql taken at 2026-11-28T12:04:10Z;"
            + " external checkpoints up to 300",
        null,
        "RESTORE",
        null,
        "restore-1",
        false);
  }

  private Verification verify(List<ChainedEvent> chain) {
    return verifier.verify(
        TENANT, chain.iterator(), database, CheckpointFile.of(Path.of("zvh-gv.checkpoints"), file));
  }

  @Test
  void withoutARestoredEventTheRestoredChainReadsAsCutOff() {
    assertBroken(251, "events cut off: a checkpoint was signed at 300", verify(restored));
  }

  @Test
  void aRestoredEventSignedByTheRestoreVerifiesAndIsReported() {
    restore(restored);
    Verification result = verify(restored);
    assertTrue(result.ok(), result.toString());
    assertEquals(251, result.events());
    assertEquals(251, result.lastCheckpoint());
    assertEquals(List.of(250L), result.restoredTo());
    assertTrue(
        result.toString().endsWith("restored from a backup to sequence 250"), result::toString);
  }

  @Test
  void theNewBranchCountsAgainstItsOwnCheckpointsNotTheLostOnes() {
    restore(restored);
    extend(restored, 149, "veiligthuis.gv"); // to 400: new checkpoints at 300 and 400
    List<Checkpoint> newer = signedEvery(restored.subList(251, 400));
    database.addAll(newer);
    file.addAll(newer);
    Verification result = verify(restored);
    assertTrue(result.ok(), result.toString());
    assertEquals(400, result.lastCheckpoint());
    assertEquals(List.of(250L), result.restoredTo());
  }

  @Test
  void cuttingOffEventsAfterTheRestoreIsStillCaught() {
    restore(restored);
    extend(restored, 149, "veiligthuis.gv");
    file.addAll(signedEvery(restored.subList(251, 400))); // 300 and 400, after the restore's line
    assertBroken(351, "events cut off: a checkpoint was signed at 400", verify(cut(350)));
  }

  @Test
  void rewritingEventsAfterTheRestoreIsStillCaught() {
    restore(restored);
    extend(restored, 149, "veiligthuis.gv");
    file.addAll(signedEvery(restored.subList(251, 400)));
    List<ChainedEvent> rewritten = extend(cut(320), 80, "nobody"); // 321..400 recomputed
    assertBroken(301, "does not reach the checkpoint signed at 400", verify(rewritten));
  }

  @Test
  void aRestoredEventWithoutAValidCheckpointExcusesNothing() {
    restored.add(AuditChain.append(251, restored.get(249).hash(), restoredEntry()));
    assertBroken(252, "events cut off: a checkpoint was signed at 300", verify(restored));
    ChainedEvent forgedFor = restored.get(250);
    CheckpointSigner other = AuditVerifierTest.signer();
    file.add(other.sign(TENANT, 251, forgedFor.hash(), T0));
    assertBroken(201, "checkpoint at 251 has a bad signature", verify(restored));
  }

  @Test
  void aRestoreWhoseCheckpointIsNotInTheFileSetsNothingAside() {
    Checkpoint signed = restore(restored);
    file.remove(signed); // the line never reached the file: the database alone holds it
    Verification result = verify(restored);
    assertBroken(252, "events cut off: a checkpoint was signed at 300", result);
  }

  @Test
  void linesBelowTheRestorePointStillCount() {
    // The backup itself was rewritten from 151 on, hashes recomputed: the line at 200 still counts.
    List<ChainedEvent> tampered = extend(new ArrayList<>(restored.subList(0, 150)), 100, "nobody");
    restored.clear();
    restored.addAll(tampered);
    restore(restored);
    assertBroken(101, "does not reach the checkpoint signed at 200", verify(restored));
  }

  @Test
  void aSecondRestoreToAnOlderBackupSetsAsideTheFirstRestoresBranchToo() {
    restore(restored);
    extend(restored, 29, "veiligthuis.gv"); // the first restore's branch, to 280
    List<ChainedEvent> older = new ArrayList<>(lost.subList(0, 120)); // a backup taken at 120
    database.clear();
    database.addAll(signedEvery(older));
    restore(older);
    Verification result = verify(older);
    assertTrue(result.ok(), result.toString());
    assertEquals(List.of(120L), result.restoredTo());
  }

  @Test
  void twoValidCheckpointsThatDisagreeAreReportedNotThrown() {
    database.add(signer.sign(TENANT, 200, lost.get(10).hash(), T0));
    assertBroken(101, "does not reach the checkpoint signed at 200", verify(lost));
  }

  @Test
  void theFileUpToASequenceNumberKeepsTheEarlierLinesInOrder() {
    CheckpointFile whole = CheckpointFile.of(Path.of("zvh-gv.checkpoints"), file);
    assertEquals(
        List.of(100L, 200L), whole.upTo(250).checkpoints().stream().map(c -> c.seq()).toList());
    assertEquals(CheckpointFile.Status.EMPTY, whole.upTo(99).status());
    CheckpointFile unreadable =
        new CheckpointFile(whole.path(), CheckpointFile.Status.UNREADABLE, file, "line 4");
    assertEquals(CheckpointFile.Status.UNREADABLE, unreadable.upTo(250).status());
  }

  private List<ChainedEvent> cut(int length) {
    return new ArrayList<>(restored.subList(0, length));
  }

  private static void assertBroken(long seq, String reason, Verification result) {
    assertFalse(result.ok(), "passed: " + result);
    assertEquals(seq, result.firstBroken(), result.toString());
    assertTrue(result.reason().contains(reason), result.toString());
  }
}
