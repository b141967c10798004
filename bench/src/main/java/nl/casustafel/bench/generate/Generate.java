package nl.casustafel.bench.generate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import nl.casustafel.audit.CheckpointSigner;
import nl.casustafel.audit.Pseudonyms;

/**
 * {@code ./casustafel generate --scale small|region|national [--seed N]}: fills a database (the
 * bench's own, normally) with generated tenants, cases and log events; see {@link Scale} for what
 * each scale makes, {@link CaseBatch} and {@link EventBatch} for the rows, {@link Resume} for how a
 * rerun goes on. Deterministic: the same seed gives the same rows.
 *
 * <p>Environment: {@code CASUSTAFEL_DB_URL}, {@code CASUSTAFEL_DB_OWNER_USER}, {@code
 * CASUSTAFEL_DB_OWNER_PASSWORD} (the schema owner: the application's account may not write the
 * log's head as freely), {@code CASUSTAFEL_AUDIT_SIGNING_KEY} (PEM), {@code
 * CASUSTAFEL_AUDIT_CHECKPOINT_DIR}, {@code CASUSTAFEL_AUDIT_PSEUDONYM_KEY} (the application's, so
 * its per-person log query finds the events). Exit codes: 0 done (or nothing to do), 1 a batch
 * failed (the message names it and the database's error), 2 bad arguments or environment.
 */
public final class Generate {

  static final long DEFAULT_SEED = 14;

  private Generate() {}

  /** The command line. */
  record Options(Scale scale, long seed) {

    static Options parse(String... args) {
      Scale scale = null;
      long seed = DEFAULT_SEED;
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--scale" -> scale = Scale.parse(required("--scale", value));
          case "--seed" -> seed = seed(required("--seed", value));
          default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
        }
        i++;
      }
      if (scale == null) {
        throw new IllegalArgumentException("--scale small|region|national is required");
      }
      return new Options(scale, seed);
    }

    private static String required(String name, String value) {
      if (value == null) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      return value;
    }

    private static long seed(String value) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--seed must be a whole number, not '" + value + "'");
      }
    }
  }

  public static void main(String[] args) throws Exception {
    Options options;
    Map<String, String> env;
    try {
      options = Options.parse(args);
      env = environment(System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("generate: " + e.getMessage());
      System.err.println("usage: ./casustafel generate --scale small|region|national [--seed N]");
      System.exit(2);
      return;
    }
    try {
      run(options, env);
    } catch (GenerationFailed e) {
      System.err.println("generate: failed at " + e.getMessage());
      System.err.println("Rerun the same command to go on from the last committed batch.");
      System.exit(1);
    }
  }

  private static void run(Options options, Map<String, String> env) throws Exception {
    CheckpointSigner signer =
        CheckpointSigner.signing(Path.of(env.get("CASUSTAFEL_AUDIT_SIGNING_KEY")));
    Pseudonyms pseudonyms =
        new Pseudonyms(env.get("CASUSTAFEL_AUDIT_PSEUDONYM_KEY").getBytes(StandardCharsets.UTF_8));
    Progress progress = new Progress(System.out);
    System.out.printf(
        "Generating scale %s (seed %d) into %s%n",
        options.scale().name().toLowerCase(java.util.Locale.ROOT),
        options.seed(),
        env.get("CASUSTAFEL_DB_URL"));
    boolean wrote = false;
    try (Connection c =
        DriverManager.getConnection(
            env.get("CASUSTAFEL_DB_URL"),
            env.get("CASUSTAFEL_DB_OWNER_USER"),
            env.get("CASUSTAFEL_DB_OWNER_PASSWORD"))) {
      c.setAutoCommit(false);
      TenantGenerator generator =
          new TenantGenerator(
              c,
              options.seed(),
              signer,
              Path.of(env.get("CASUSTAFEL_AUDIT_CHECKPOINT_DIR")),
              pseudonyms,
              progress);
      for (Scale.TenantPlan plan : options.scale().plans()) {
        wrote |= generator.fill(plan);
      }
      if (wrote) {
        analyze(c);
      }
    }
    if (wrote) {
      progress.summary();
    } else {
      System.out.println("Nothing to do: the database already holds this scale.");
    }
  }

  /**
   * Brings the optimizer's statistics up to the new rows at once: InnoDB recounts a table only some
   * time after a tenth of it changed, and until then a query plan may be chosen for the table as it
   * was (a list page of 8 s was measured right after a generation).
   */
  private static void analyze(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "ANALYZE TABLE client, case_file, case_participation, case_information,"
              + " case_status_change, audit_event, audit_checkpoint");
    }
    c.commit();
  }

  /** The variables the generator needs; IllegalArgumentException naming a missing one. */
  static Map<String, String> environment(Map<String, String> env) {
    String[] names = {
      "CASUSTAFEL_DB_URL",
      "CASUSTAFEL_DB_OWNER_USER",
      "CASUSTAFEL_DB_OWNER_PASSWORD",
      "CASUSTAFEL_AUDIT_SIGNING_KEY",
      "CASUSTAFEL_AUDIT_CHECKPOINT_DIR",
      "CASUSTAFEL_AUDIT_PSEUDONYM_KEY"
    };
    Map<String, String> found = new java.util.HashMap<>();
    for (String name : names) {
      String value = env.get(name);
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " is not set");
      }
      found.put(name, value);
    }
    return Map.copyOf(found);
  }
}
