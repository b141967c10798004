package nl.casustafel.audit;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Re-walks a tenant's chain: sequence numbers strictly +1 from 1, each event following its
 * predecessor, each hash matching its fields, and the chain reaching every signed checkpoint (from
 * the database and from the external file) with the signed hash. Reports the first sequence number
 * that cannot be trusted: an edited field or swapped rows at that row, a deleted row at the gap,
 * rows cut off after the last row (the external file still vouches for more), a rewrite with
 * recomputed hashes from just after the last checkpoint that still matches, a checkpoint whose
 * signature does not fit the public key (forged, or verified with another key than the one that
 * signed).
 *
 * <p><b>When the external file is required.</b> The file is the witness the database cannot
 * rewrite; without it, cutting off the newest events together with their database checkpoints
 * leaves a shorter chain that is consistent in itself. So the verifier fails closed: the tenant's
 * file must exist and hold at least one checkpoint when
 *
 * <ul>
 *   <li>the database holds any checkpoint row of the tenant (signed validly or not), or
 *   <li>the tenant's chain in the database has at least {@code checkpoint-every} events
 *       (CASUSTAFEL_AUDIT_CHECKPOINT_EVERY, default 100): {@link AuditLog} signs a checkpoint in
 *       the transaction that takes a chain past each multiple of it, so a chain that long has had
 *       one even when its database rows were deleted.
 * </ul>
 *
 * A file that cannot be read (a directory in its place, an I/O error), or a line in it that does
 * not parse or names another tenant, fails verification whether required or not. The failure is
 * reported after any fault in the chain itself, at the sequence number after the last checkpoint
 * the chain reached (from there on only the witness could vouch).
 *
 * <p>What the rule cannot see: a chain cut back below {@code checkpoint-every} events with all its
 * database checkpoints and its file removed looks like a young tenant. The five-minute checkpoints
 * of {@link CheckpointTimer} cannot be required instead: the times in the rows are the attacker's
 * to rewrite, and the application may have stopped before the timer ran. Hence: keep the directory
 * where the database's administrators cannot write, and verify with the application's {@code
 * checkpoint-every}.
 *
 * <p><b>Restores.</b> A database restored from a backup has lost the events after the backup's last
 * sequence number N, while the external file still holds the checkpoints signed for them: the chain
 * would read as cut off. {@code ./casustafel restore} therefore appends a RESTORED event at N+1 and
 * signs a checkpoint at it (in the database and in the file). The rule: a RESTORED event at R that
 * a validly signed checkpoint at R vouches for (the chain reaches it with the signed hash) marks a
 * restore to R-1, reported in {@link Verification#restoredTo()}; the file's lines written
 * <i>before</i> the first line of that checkpoint, at R or later, were signed for the lost events
 * and are set aside. Nothing else is: every checkpoint up to N, every database checkpoint and every
 * line written after the restore still has to match, and a forged line fails anywhere. Without a
 * key, nobody can make a RESTORED event that a checkpoint vouches for. Limit: a backup of events
 * that an earlier restore had already given up (taken before that restore, reaching past its point)
 * cannot be restored without breaking verification, since the earlier restore's line still counts.
 */
public final class AuditVerifier {

  private final CheckpointSigner signer;
  private final int checkpointEvery;
  private final boolean parallel;

  /**
   * @param signer holds the public key the checkpoints must verify with (the pinned one)
   * @param checkpointEvery the application's {@code checkpoint-every}, in events
   */
  public AuditVerifier(CheckpointSigner signer, int checkpointEvery) {
    this(signer, checkpointEvery, false);
  }

  private AuditVerifier(CheckpointSigner signer, int checkpointEvery, boolean parallel) {
    if (checkpointEvery < 1) {
      throw new IllegalArgumentException("checkpoint-every must be at least 1: " + checkpointEvery);
    }
    this.signer = signer;
    this.checkpointEvery = checkpointEvery;
    this.parallel = parallel;
  }

  /**
   * The same verifier checking the checkpoints' signatures on every core: for the command line
   * ({@code ./casustafel audit-verify}); inside the server a request keeps to its own thread.
   */
  public AuditVerifier inParallel() {
    return new AuditVerifier(signer, checkpointEvery, true);
  }

  /**
   * Verifies the tenant's events (in sequence order) against its checkpoints in the database and
   * its external file.
   */
  public Verification verify(
      String tenant,
      Iterator<ChainedEvent> events,
      Collection<Checkpoint> database,
      CheckpointFile witness) {
    Walk walk = new Walk(tenant, database, witness.checkpoints());
    while (events.hasNext()) {
      Verification broken = walk.step(events.next());
      if (broken != null) {
        return broken;
      }
    }
    Verification broken = walk.end();
    if (broken != null) {
      return broken;
    }
    long length = walk.expected - 1;
    String fault = witnessFault(tenant, length, database, witness);
    return fault != null
        ? Verification.broken(tenant, length, walk.lastGood + 1, fault)
        : Verification.ok(
            tenant, length, walk.signed.isEmpty() ? 0 : walk.signed.lastKey(), walk.restoredTo);
  }

  /** Why the external file fails the rule in the class comment, or null. */
  private String witnessFault(
      String tenant, long length, Collection<Checkpoint> database, CheckpointFile witness) {
    if (database.stream().anyMatch(c -> c.tenant().equals(tenant))) {
      return witness.fault(true, "but the database holds checkpoints of the tenant");
    }
    if (length >= checkpointEvery) {
      return witness.fault(
          true,
          "but the chain has "
              + length
              + " events and a checkpoint is signed every "
              + checkpointEvery);
    }
    return witness.fault(false, null);
  }

  /** A validly signed checkpoint and its line in the external file ({@link #DATABASE}: none). */
  private record Signed(Checkpoint checkpoint, int line) {

    boolean matches(ChainedEvent event) {
      return Arrays.equals(checkpoint.hash(), event.hash());
    }
  }

  private static final int DATABASE = -1;

  /** One pass over a chain: what has been seen so far. */
  private final class Walk {
    private final String tenant;
    private final TreeMap<Long, List<Signed>> signed = new TreeMap<>();
    private final List<Long> restoredTo = new ArrayList<>();
    private long forged = Long.MAX_VALUE;
    private long expected = 1;
    private long lastGood;
    private byte[] prev = AuditChain.GENESIS;

    Walk(String tenant, Collection<Checkpoint> database, List<Checkpoint> file) {
      this.tenant = tenant;
      Set<List<Object>> valid = validlySigned(tenant, database, file);
      database.forEach(c -> add(c, DATABASE, valid));
      for (int line = 0; line < file.size(); line++) {
        add(file.get(line), line, valid);
      }
    }

    private void add(Checkpoint c, int line, Set<List<Object>> valid) {
      if (!c.tenant().equals(tenant)) {
        return;
      }
      if (valid.contains(content(c))) {
        signed.computeIfAbsent(c.seq(), seq -> new ArrayList<>()).add(new Signed(c, line));
      } else {
        forged = Math.min(forged, c.seq());
      }
    }

    /** The verdict when this event breaks the chain, or null to go on. */
    Verification step(ChainedEvent event) {
      String fault = fault(event, expected, prev);
      if (fault == null && forged <= event.seq()) {
        return badSignature();
      }
      if (fault != null) {
        return Verification.broken(
            tenant, expected - 1, event.seq() > expected ? expected : event.seq(), fault);
      }
      if (event.entry().action() == AuditAction.RESTORED) {
        restored(event);
      }
      List<Signed> here = signed.get(event.seq());
      if (here != null) {
        if (here.stream().anyMatch(s -> !s.matches(event))) {
          return Verification.broken(
              tenant,
              expected - 1,
              lastGood + 1,
              "rewritten: the chain does not reach the checkpoint signed at " + event.seq());
        }
        lastGood = event.seq();
      }
      prev = event.hash();
      expected++;
      return null;
    }

    /**
     * A RESTORED event that a valid checkpoint at its own sequence number vouches for: sets aside
     * the file's lines before that checkpoint's first line, at this sequence number or later (the
     * rule in the class comment).
     */
    private void restored(ChainedEvent event) {
      List<Signed> vouching =
          signed.getOrDefault(event.seq(), List.of()).stream()
              .filter(s -> s.matches(event))
              .toList();
      if (vouching.isEmpty()) {
        return; // Not signed by the restore: an ordinary event, checked as any other.
      }
      restoredTo.add(event.seq() - 1);
      int restoreLine =
          vouching.stream()
              .mapToInt(Signed::line)
              .filter(l -> l != DATABASE)
              .min()
              .orElse(DATABASE);
      if (restoreLine == DATABASE) {
        return; // The file does not hold the restore's checkpoint: nothing in it is set aside.
      }
      Iterator<List<Signed>> later = signed.tailMap(event.seq(), true).values().iterator();
      while (later.hasNext()) {
        List<Signed> atSeq = later.next();
        atSeq.removeIf(s -> s.line() != DATABASE && s.line() < restoreLine);
        if (atSeq.isEmpty()) {
          later.remove();
        }
      }
    }

    /** The verdict when the end of the chain breaks it, or null. */
    Verification end() {
      if (!signed.isEmpty() && signed.lastKey() >= expected) {
        return Verification.broken(
            tenant,
            expected - 1,
            expected,
            "events cut off: a checkpoint was signed at " + signed.lastKey());
      }
      return forged < Long.MAX_VALUE ? badSignature() : null;
    }

    private Verification badSignature() {
      Long below = signed.lowerKey(forged);
      return Verification.broken(
          tenant,
          expected - 1,
          below == null ? 1 : below + 1,
          "checkpoint at " + forged + " has a bad signature (forged, or the wrong public key)");
    }
  }

  /**
   * The contents of the tenant's checkpoints whose signature fits the public key. Each distinct
   * checkpoint is verified once (the file repeats the database's), on every core when {@link
   * #inParallel}: Ed25519 verification was a third of the verifier's time (issue #14, JFR).
   */
  private Set<List<Object>> validlySigned(
      String tenant, Collection<Checkpoint> database, List<Checkpoint> file) {
    Map<List<Object>, Checkpoint> distinct = new HashMap<>();
    Stream.concat(database.stream(), file.stream())
        .filter(c -> c.tenant().equals(tenant))
        .forEach(c -> distinct.putIfAbsent(content(c), c));
    return (parallel ? distinct.entrySet().parallelStream() : distinct.entrySet().stream())
        .filter(e -> signer.verify(e.getValue()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /** What a checkpoint says, compared by value (its arrays by content). */
  private static List<Object> content(Checkpoint c) {
    return List.of(
        c.tenant(),
        c.seq(),
        ByteBuffer.wrap(c.hash()),
        c.signedAt(),
        c.signature() == null ? ByteBuffer.allocate(0) : ByteBuffer.wrap(c.signature()));
  }

  private static String fault(ChainedEvent event, long expected, byte[] prev) {
    if (event.seq() > expected) {
      return "missing sequence number(s) " + expected + ".." + (event.seq() - 1);
    }
    if (event.seq() < expected) {
      return "sequence number " + event.seq() + " repeated";
    }
    if (!Arrays.equals(event.prevHash(), prev)) {
      return "does not follow its predecessor (rows removed or reordered)";
    }
    if (!AuditChain.consistent(event)) {
      return "its fields do not match its hash (edited)";
    }
    return null;
  }
}
