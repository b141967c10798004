package nl.casustafel.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A signed statement "tenant T's chain had hash H at sequence S", made every N events or M minutes,
 * kept in the database and in an append-only file outside it ({@link CheckpointFile}).
 */
public record Checkpoint(String tenant, long seq, byte[] hash, Instant signedAt, byte[] signature) {

  public Checkpoint {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(signedAt, "signedAt");
    Objects.requireNonNull(signature, "signature");
  }

  /** The bytes that are signed. */
  public static byte[] message(String tenant, long seq, byte[] hash, Instant signedAt) {
    return ("casustafel-checkpoint-v1\n"
            + tenant
            + "\n"
            + seq
            + "\n"
            + HexFormat.of().formatHex(hash)
            + "\n"
            + signedAt)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** One line of the external checkpoint file: tenant, seq, hash, time, signature. */
  public String line() {
    return tenant
        + " "
        + seq
        + " "
        + HexFormat.of().formatHex(hash)
        + " "
        + signedAt
        + " "
        + Base64.getEncoder().encodeToString(signature);
  }

  /**
   * The checkpoint on one line of the external file; IllegalArgumentException or
   * DateTimeParseException when it is not one (see {@link CheckpointFile#read}).
   */
  public static Checkpoint parse(String line) {
    String[] f = line.strip().split(" ");
    if (f.length != 5) {
      throw new IllegalArgumentException("Not a checkpoint line: " + AuditText.clean(line));
    }
    return new Checkpoint(
        f[0],
        Long.parseLong(f[1]),
        HexFormat.of().parseHex(f[2]),
        Instant.parse(f[3]),
        Base64.getDecoder().decode(f[4]));
  }
}
