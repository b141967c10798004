package nl.casustafel.bench;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.casustafel.audit.AuditChain;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.audit.AuditVerifier;
import nl.casustafel.audit.ChainedEvent;
import nl.casustafel.audit.Checkpoint;
import nl.casustafel.audit.CheckpointFile;
import nl.casustafel.audit.CheckpointSigner;
import nl.casustafel.audit.Verification;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long verifying a tenant's chain of a million events takes in memory (re-hashing every event,
 * checking the order and 1000 signed checkpoints), against the baseline of only computing one
 * SHA-256 over the same number of comparable byte strings: the ratio shows what the chain encoding
 * and checks cost on top of the unavoidable hashing. The database read is measured by {@code
 * ./casustafel audit-verify}, which prints its time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class AuditVerifyBenchmark {

  @Param({"1000000"})
  int events;

  private List<ChainedEvent> chain;
  private List<Checkpoint> checkpoints;
  private CheckpointFile file;
  private AuditVerifier verifier;
  private byte[][] baselineInputs;

  @Setup(Level.Trial)
  public void chain() throws Exception {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    CheckpointSigner signer =
        new CheckpointSigner(Optional.of(pair.getPrivate()), pair.getPublic());
    verifier = new AuditVerifier(signer, 1000);
    chain = new ArrayList<>(events);
    checkpoints = new ArrayList<>();
    baselineInputs = new byte[events][];
    byte[] prev = AuditChain.GENESIS;
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 1; i <= events; i++) {
      AuditEntry entry = SeedAuditLog.entry("zvh-gv", t0.plusMillis(i), i);
      ChainedEvent event = AuditChain.append(i, prev, entry);
      chain.add(event);
      baselineInputs[i - 1] = (entry.toString()).getBytes();
      prev = event.hash();
      if (i % 1000 == 0) {
        checkpoints.add(signer.sign("zvh-gv", i, event.hash(), t0.plusMillis(i)));
      }
    }
    // The checkpoints once, as the external file has them (the database's copy would double them).
    file = CheckpointFile.of(Path.of("zvh-gv.checkpoints"), checkpoints);
  }

  @Benchmark
  public Verification verifyTheChain() {
    Verification result = verifier.verify("zvh-gv", chain.iterator(), List.of(), file);
    if (!result.ok()) {
      throw new IllegalStateException(result.toString());
    }
    return result;
  }

  @Benchmark
  public byte[] baselineOneSha256PerEvent() throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    byte[] last = null;
    for (byte[] input : baselineInputs) {
      last = sha.digest(input);
    }
    return last;
  }
}
