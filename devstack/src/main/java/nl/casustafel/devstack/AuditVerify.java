package nl.casustafel.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import nl.casustafel.audit.AuditReader;
import nl.casustafel.audit.AuditVerifier;
import nl.casustafel.audit.CheckpointFile;
import nl.casustafel.audit.CheckpointSigner;
import nl.casustafel.audit.Verification;

/**
 * {@code ./casustafel audit-verify}: re-walks every tenant's chain in the database against the
 * signed checkpoints in the database and in the external checkpoint files, and prints OK or the
 * first broken sequence number with the reason. Exit code 1 when any chain is broken, 2 when the
 * public key cannot be read. Every tenant in the database is verified, and every tenant with a file
 * in the checkpoint directory (whose rows may all have been deleted). When a checkpoint file is
 * required, and what fails, is {@link AuditVerifier}'s rule.
 *
 * <p>Arguments: JDBC URL, user, password, the pinned public key (PEM, CASUSTAFEL_AUDIT_PUBLIC_KEY),
 * checkpoint directory, checkpoint-every (events, as the application has it).
 */
public final class AuditVerify {

  private static final String SUFFIX = ".checkpoints";

  private AuditVerify() {}

  public static void main(String[] args) throws Exception {
    Path publicKey = Path.of(args[3]);
    CheckpointSigner signer;
    try {
      signer = CheckpointSigner.verifying(publicKey);
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      System.err.println(
          "audit-verify: cannot read the public key "
              + publicKey
              + " (CASUSTAFEL_AUDIT_PUBLIC_KEY): "
              + e);
      System.exit(2);
      return;
    }
    Path dir = Path.of(args[4]);
    AuditVerifier verifier = new AuditVerifier(signer, Integer.parseInt(args[5])).inParallel();
    SortedSet<String> tenants;
    Map<String, Long> lengths;
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
      AuditReader reader = new AuditReader(c);
      tenants = new TreeSet<>(reader.tenants());
      lengths = reader.lengths();
    }
    tenants.addAll(filed(dir));
    if (tenants.isEmpty()) {
      System.out.println("No tenant has a data-sharing log yet.");
    }
    System.exit(verifyAll(tenants, lengths, args, verifier, dir) ? 0 : 1);
  }

  /**
   * Verifies the tenants side by side, each on a connection of its own, as many at once as there
   * are cores (issue #14: a national database holds thirty chains), the longest chains first so
   * that no long one is left to run alone at the end; prints them in tenant order and the events
   * per second of the whole run.
   */
  private static boolean verifyAll(
      SortedSet<String> tenants,
      Map<String, Long> lengths,
      String[] args,
      AuditVerifier verifier,
      Path dir)
      throws InterruptedException {
    long started = System.nanoTime();
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    Map<String, Future<Timed>> submitted = new HashMap<>();
    tenants.stream()
        .sorted(Comparator.comparing((String t) -> lengths.getOrDefault(t, 0L)).reversed())
        .forEach(t -> submitted.put(t, pool.submit(() -> verify(args, verifier, dir, t))));
    List<Future<Timed>> results = tenants.stream().map(submitted::get).toList();
    boolean allOk = true;
    long events = 0;
    try {
      for (Future<Timed> result : results) {
        Timed timed = done(result);
        Verification verification = timed.verification();
        System.out.println(verification + " (" + timed.millis() + " ms)");
        allOk &= verification.ok();
        events += verification.events();
      }
    } finally {
      pool.shutdownNow();
    }
    long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
    if (!tenants.isEmpty()) {
      System.out.printf(
          "%d events of %d tenant(s) in %d ms: %d events/s%n",
          events, tenants.size(), millis, events * 1000 / millis);
    }
    return allOk;
  }

  /** One tenant's verdict and how long it took, printed in tenant order. */
  private record Timed(Verification verification, long millis) {}

  private static Timed done(Future<Timed> result) throws InterruptedException {
    try {
      return result.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("audit-verify failed", e.getCause());
    }
  }

  private static Timed verify(String[] args, AuditVerifier verifier, Path dir, String tenant) {
    long started = System.nanoTime();
    Verification result;
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
      result =
          new AuditReader(c).verifyReadingAhead(tenant, verifier, CheckpointFile.read(dir, tenant));
    } catch (SQLException | RuntimeException e) {
      result = new Verification(tenant, false, 0, 0, 1L, "cannot be read: " + e.getMessage());
    }
    return new Timed(result, (System.nanoTime() - started) / 1_000_000);
  }

  /** The tenants with a checkpoint file in {@code dir}; none when there is no such directory. */
  static List<String> filed(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(SUFFIX) && name.length() > SUFFIX.length())
          .map(name -> name.substring(0, name.length() - SUFFIX.length()))
          .sorted()
          .toList();
    }
  }
}
