package nl.casustafel.audit;

import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.TreeMap;

/**
 * Re-walks a tenant's chain: sequence numbers strictly +1 from 1, each event following its
 * predecessor, each hash matching its fields, and the chain reaching every signed checkpoint (from
 * the database and from the external file) with the signed hash. Reports the first sequence number
 * that cannot be trusted: an edited field or swapped rows at that row, a deleted row at the gap,
 * rows cut off after the last row (the external file still vouches for more), a rewrite with
 * recomputed hashes from just after the last checkpoint that still matches.
 */
public final class AuditVerifier {

  private final CheckpointSigner signer;

  public AuditVerifier(CheckpointSigner signer) {
    this.signer = signer;
  }

  public Verification verify(
      String tenant, Iterator<ChainedEvent> events, Collection<Checkpoint> checkpoints) {
    TreeMap<Long, Checkpoint> signed = new TreeMap<>();
    long forged = Long.MAX_VALUE;
    for (Checkpoint c : checkpoints) {
      if (!c.tenant().equals(tenant)) {
        continue;
      }
      if (signer.verify(c)) {
        signed.merge(c.seq(), c, (a, b) -> Arrays.equals(a.hash(), b.hash()) ? a : mismatch(a));
      } else {
        forged = Math.min(forged, c.seq());
      }
    }
    long expected = 1;
    long lastGood = 0;
    byte[] prev = AuditChain.GENESIS;
    while (events.hasNext()) {
      ChainedEvent event = events.next();
      String fault = fault(event, expected, prev);
      if (fault == null && forged <= event.seq()) {
        return broken(
            tenant, expected, signed, forged, "checkpoint at " + forged + " has a bad signature");
      }
      if (fault != null) {
        return Verification.broken(
            tenant, expected - 1, event.seq() > expected ? expected : event.seq(), fault);
      }
      Checkpoint checkpoint = signed.get(event.seq());
      if (checkpoint != null && !Arrays.equals(checkpoint.hash(), event.hash())) {
        return Verification.broken(
            tenant,
            expected - 1,
            lastGood + 1,
            "rewritten: the chain does not reach the checkpoint signed at " + event.seq());
      }
      if (checkpoint != null) {
        lastGood = event.seq();
      }
      prev = event.hash();
      expected++;
    }
    if (!signed.isEmpty() && signed.lastKey() >= expected) {
      return Verification.broken(
          tenant,
          expected - 1,
          expected,
          "events cut off: a checkpoint was signed at " + signed.lastKey());
    }
    if (forged < Long.MAX_VALUE) {
      return broken(
          tenant, expected, signed, forged, "checkpoint at " + forged + " has a bad signature");
    }
    return Verification.ok(tenant, expected - 1, signed.isEmpty() ? 0 : signed.lastKey());
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

  private static Verification broken(
      String tenant, long expected, TreeMap<Long, Checkpoint> signed, long forged, String reason) {
    Long below = signed.lowerKey(forged);
    return Verification.broken(tenant, expected - 1, below == null ? 1 : below + 1, reason);
  }

  private static Checkpoint mismatch(Checkpoint c) {
    throw new IllegalStateException("Two validly signed checkpoints disagree at " + c.seq());
  }
}
