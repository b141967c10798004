package nl.casustafel.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The tenant's hash chain: each event's leaf hash is SHA-256 over a version tag and its fields,
 * each length-prefixed (so no two events encode alike), domain-separated from the chain hash, which
 * is SHA-256 over the previous chain hash and the leaf. Changing, removing or reordering any event
 * changes every chain hash after it.
 */
public final class AuditChain {

  /** The chain hash before the first event. */
  public static final byte[] GENESIS = new byte[32];

  private static final byte[] VERSION = "casustafel-audit-v1".getBytes(StandardCharsets.US_ASCII);
  private static final byte LEAF = 0x00;
  private static final byte CHAIN = 0x01;

  private AuditChain() {}

  /** The event that follows {@code prevHash} at {@code seq}. */
  public static ChainedEvent append(long seq, byte[] prevHash, AuditEntry entry) {
    return new ChainedEvent(
        seq, entry, prevHash.clone(), chainHash(prevHash, leafHash(seq, entry)));
  }

  /** Whether the event's stored hash is what its fields and predecessor make it. */
  public static boolean consistent(ChainedEvent event) {
    return Arrays.equals(
        event.hash(), chainHash(event.prevHash(), leafHash(event.seq(), event.entry())));
  }

  static byte[] leafHash(long seq, AuditEntry e) {
    MessageDigest sha = sha256();
    sha.update(LEAF);
    sha.update(encode(seq, e));
    return sha.digest();
  }

  static byte[] chainHash(byte[] prev, byte[] leaf) {
    MessageDigest sha = sha256();
    sha.update(CHAIN);
    sha.update(prev);
    sha.update(leaf);
    return sha.digest();
  }

  /** The canonical encoding: version tag, then every field as 4-byte length + UTF-8 (-1: null). */
  static byte[] encode(long seq, AuditEntry e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    field(out, new String(VERSION, StandardCharsets.US_ASCII));
    field(out, Long.toString(seq));
    field(out, e.tenant());
    field(out, e.occurredAt().toString());
    field(out, e.actorSubject());
    field(out, e.actorUsername());
    field(out, e.actorPartner());
    field(out, e.actorRoles());
    field(out, e.onBehalfOf());
    field(out, e.action().name());
    field(out, e.caseId() == null ? null : e.caseId().toString());
    field(out, e.subjectRef());
    field(out, e.categories());
    field(out, e.decision());
    field(out, e.reason());
    field(out, e.legalBasis());
    field(out, e.purpose());
    field(out, e.originIp());
    field(out, e.traceId());
    field(out, Boolean.toString(e.breakGlass()));
    return out.toByteArray();
  }

  private static void field(ByteArrayOutputStream out, String value) {
    if (value == null) {
      length(out, -1);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    length(out, bytes.length);
    out.writeBytes(bytes);
  }

  /** Four bytes, big-endian (as {@code ByteBuffer.putInt} wrote them). */
  private static void length(ByteArrayOutputStream out, int length) {
    out.write(length >>> 24);
    out.write(length >>> 16);
    out.write(length >>> 8);
    out.write(length);
  }

  /** One digest per thread, reset by digest(): looking one up per event cost the verifier. */
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("Every Java has SHA-256", e);
            }
          });

  private static MessageDigest sha256() {
    MessageDigest sha = SHA_256.get();
    sha.reset();
    return sha;
  }
}
