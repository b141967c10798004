package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A BSN at rest: AES-256-GCM under a derived key, and a per-tenant keyed blind index. */
class BsnProtectionTest {

  private static final byte[] KEY = bytes(32, 7);
  private static final BsnProtection PROTECTION = new BsnProtection(KEY);
  private static final Bsn BSN = Bsn.parse("123456782");

  @Test
  void decryptGivesBackTheBsn() {
    assertEquals(BSN, PROTECTION.decrypt(PROTECTION.encrypt(BSN)));
  }

  @Test
  void theOutputIsIvCiphertextAndTagAndDiffersEveryTime() {
    byte[] first = PROTECTION.encrypt(BSN);
    byte[] second = PROTECTION.encrypt(BSN);
    assertEquals(12 + 9 + 16, first.length);
    assertFalse(Arrays.equals(Arrays.copyOf(first, 12), Arrays.copyOf(second, 12)), "fresh IV");
    assertFalse(Arrays.equals(first, second));
    String ascii = new String(first, StandardCharsets.ISO_8859_1);
    assertFalse(ascii.contains("123456782"), "the digits are not in the clear");
  }

  @Test
  void anotherKeyCannotDecrypt() {
    byte[] sealed = PROTECTION.encrypt(BSN);
    BsnProtection other = new BsnProtection(bytes(32, 8));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> other.decrypt(sealed));
    assertFalse(e.getMessage().contains("123456782"));
  }

  @Test
  void truncatedDataAreRefused() {
    assertThrows(IllegalStateException.class, () -> PROTECTION.decrypt(new byte[27]));
    assertThrows(IllegalStateException.class, () -> PROTECTION.decrypt(new byte[0]));
    byte[] sealed = PROTECTION.encrypt(BSN);
    assertThrows(
        IllegalStateException.class,
        () -> PROTECTION.decrypt(Arrays.copyOf(sealed, sealed.length - 1)));
  }

  /** GCM authenticates every bit: IV, ciphertext and tag. */
  @Property(tries = 200)
  void everyChangedBitIsDetected(
      @ForAll @IntRange(min = 0, max = 36) int index, @ForAll @IntRange(min = 0, max = 7) int bit) {
    byte[] sealed = PROTECTION.encrypt(BSN);
    sealed[index] ^= (byte) (1 << bit);
    assertThrows(IllegalStateException.class, () -> PROTECTION.decrypt(sealed));
  }

  @Test
  void theBlindIndexIsDeterministicPerTenantAndDiffersAcrossTenants() {
    String index = PROTECTION.blindIndex("zvh-amsterdam", BSN);
    assertTrue(index.matches("bi-[0-9a-f]{64}"), index);
    assertEquals(index, new BsnProtection(KEY.clone()).blindIndex("zvh-amsterdam", BSN));
    assertNotEquals(index, PROTECTION.blindIndex("zvh-utrecht", BSN));
    assertNotEquals(index, PROTECTION.blindIndex("zvh-amsterdam", Bsn.parse("111222333")));
    assertNotEquals(index, new BsnProtection(bytes(32, 8)).blindIndex("zvh-amsterdam", BSN));
  }

  /** The documented derivation, recomputed here, so a change of it cannot go unnoticed. */
  @Test
  void theBlindIndexIsHmacOfTenantAndDigitsUnderTheDerivedIndexKey() throws Exception {
    byte[] indexKey = hmac(KEY, "bsn-index");
    String expected = "bi-" + HexFormat.of().formatHex(hmac(indexKey, "zvh-amsterdam:123456782"));
    assertEquals(expected, PROTECTION.blindIndex("zvh-amsterdam", BSN));
    String withTheMasterKey = HexFormat.of().formatHex(hmac(KEY, "zvh-amsterdam:123456782"));
    assertFalse(PROTECTION.blindIndex("zvh-amsterdam", BSN).endsWith(withTheMasterKey));
  }

  @Test
  void aShortKeyOrABlankTenantIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new BsnProtection(bytes(31, 1)));
    assertThrows(NullPointerException.class, () -> new BsnProtection(null));
    assertThrows(IllegalArgumentException.class, () -> PROTECTION.blindIndex(" ", BSN));
  }

  @Test
  void changingTheCallersKeyArrayAfterwardsChangesNothing() {
    byte[] key = bytes(32, 3);
    BsnProtection protection = new BsnProtection(key);
    String before = protection.blindIndex("t", BSN);
    byte[] sealed = protection.encrypt(BSN);
    Arrays.fill(key, (byte) 0);
    assertEquals(before, protection.blindIndex("t", BSN));
    assertEquals(BSN, protection.decrypt(sealed));
  }

  @Test
  void toStringShowsNoKey() {
    assertEquals("BsnProtection[keys hidden]", PROTECTION.toString());
  }

  private static byte[] hmac(byte[] key, String data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] bytes(int length, int seed) {
    byte[] key = new byte[length];
    for (int i = 0; i < length; i++) {
      key[i] = (byte) (seed * 31 + i);
    }
    return key;
  }
}
