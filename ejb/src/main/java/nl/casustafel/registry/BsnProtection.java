package nl.casustafel.registry;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a BSN is kept at rest: encrypted, with a keyed blind index for exact lookup.
 *
 * <p>From one secret key of at least 32 bytes two independent sub-keys are derived, each as
 * HMAC-SHA256(key, label): {@code "bsn-encryption"} for AES-256-GCM and {@code "bsn-index"} for the
 * blind index. So the index reveals nothing about the encryption key, and neither key is the
 * configured secret itself.
 *
 * <ul>
 *   <li>{@link #encrypt(Bsn)}: a fresh random 12-byte IV per call, output {@code iv || ciphertext
 *       || tag} (tag 128 bits), 12 + 9 + 16 = 37 bytes. The same BSN encrypts differently every
 *       time, so the ciphertext cannot be used to find or compare persons.
 *   <li>{@link #blindIndex(String, Bsn)}: {@code "bi-"} + lowercase hex of HMAC-SHA256(indexKey,
 *       tenant + ":" + digits), deterministic, so "is this BSN registered in this tenant?" is an
 *       equality lookup without decrypting; the tenant in the input makes the same person's index
 *       differ between tenants.
 * </ul>
 *
 * <p>Thread-safe: a {@link Cipher} and a {@link Mac} are made per call. Only JDK cryptography.
 */
public final class BsnProtection {

  /** Fewest bytes of the secret key: 256 bits. */
  public static final int MIN_KEY_BYTES = 32;

  private static final String HMAC = "HmacSHA256";
  private static final String AES_GCM = "AES/GCM/NoPadding";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey encryptionKey;
  private final SecretKey indexKey;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param secretKey the configured secret, at least {@value #MIN_KEY_BYTES} bytes; it is not kept
   * @throws IllegalArgumentException when the key is shorter than {@value #MIN_KEY_BYTES} bytes
   */
  public BsnProtection(byte[] secretKey) {
    Objects.requireNonNull(secretKey, "A secret key is required.");
    if (secretKey.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "The BSN secret key must have at least " + MIN_KEY_BYTES + " bytes.");
    }
    SecretKey master = new SecretKeySpec(secretKey, HMAC);
    this.encryptionKey = new SecretKeySpec(hmac(master, label("bsn-encryption")), "AES");
    this.indexKey = new SecretKeySpec(hmac(master, label("bsn-index")), HMAC);
  }

  /** The BSN encrypted with AES-256-GCM: {@code iv || ciphertext || tag}, 37 bytes. */
  public byte[] encrypt(Bsn bsn) {
    Objects.requireNonNull(bsn, "A BSN is required.");
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance(AES_GCM);
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(bsn.digits().getBytes(StandardCharsets.US_ASCII));
      return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JVM.", e);
    }
  }

  /**
   * The BSN from the output of {@link #encrypt(Bsn)} with the same secret key.
   *
   * @throws IllegalStateException when the data are too short, were changed, or were encrypted with
   *     another key (the GCM tag does not match); the message never contains the data
   */
  public Bsn decrypt(byte[] sealed) {
    Objects.requireNonNull(sealed, "Encrypted BSN data are required.");
    if (sealed.length < IV_BYTES + TAG_BITS / 8) {
      throw new IllegalStateException("Encrypted BSN data are too short.");
    }
    try {
      Cipher cipher = Cipher.getInstance(AES_GCM);
      GCMParameterSpec spec = new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES);
      cipher.init(Cipher.DECRYPT_MODE, encryptionKey, spec);
      byte[] plain = cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
      return new Bsn(new String(plain, StandardCharsets.US_ASCII));
    } catch (AEADBadTagException e) {
      throw new IllegalStateException("Encrypted BSN data were changed or use another key.", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JVM.", e);
    }
  }

  /**
   * The blind index of a BSN within a tenant: {@code "bi-"} followed by 64 lowercase hex digits,
   * the same for the same tenant and BSN, different across tenants.
   *
   * @param tenant the tenant's identifier, not blank
   * @throws IllegalArgumentException when the tenant is blank
   */
  public String blindIndex(String tenant, Bsn bsn) {
    Objects.requireNonNull(tenant, "A tenant is required.");
    Objects.requireNonNull(bsn, "A BSN is required.");
    if (tenant.isBlank()) {
      throw new IllegalArgumentException("A tenant is required.");
    }
    return "bi-" + HexFormat.of().formatHex(hmac(indexKey, label(tenant + ":" + bsn.digits())));
  }

  private static byte[] label(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] hmac(SecretKey key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available in this JVM.", e);
    }
  }

  @Override
  public String toString() {
    return "BsnProtection[keys hidden]";
  }
}
