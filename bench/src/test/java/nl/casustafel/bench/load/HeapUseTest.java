package nl.casustafel.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HeapUseTest {

  @Test
  void g1HasOneHeapLine() {
    String jcmd =
        """
        12345:
         garbage-first heap   total 262144K, used 98304K [0x00000000f0000000, 0x0000000100000000)
          region size 1024K, 3 young (3072K), 0 survivors (0K)
         Metaspace       used 80000K, committed 81000K, reserved 1114112K
          class space    used 9000K, committed 9500K, reserved 1048576K
        """;

    HeapUse heap = HeapUse.parse(jcmd);

    assertEquals(98304, heap.usedKb());
    assertEquals(262144, heap.totalKb());
    assertEquals("96.0 MiB of 256.0 MiB", heap.text());
  }

  @Test
  void serialGenerationsAreAdded() {
    String jcmd =
        """
        777:
         def new generation   total 9792K, used 1024K [0x00000000e0000000, 0x00000000e0aa0000)
          eden space 8704K,  11% used [0x00000000e0000000, 0x00000000e0880000)
         tenured generation   total 21888K, used 10000K [0x00000000eaaa0000, 0x00000000ec000000)
         Metaspace       used 5000K, committed 5200K, reserved 1056768K
        """;

    HeapUse heap = HeapUse.parse(jcmd);

    assertEquals(11024, heap.usedKb());
    assertEquals(31680, heap.totalKb());
  }

  @Test
  void outputWithoutAHeapLineIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> HeapUse.parse("777:\ncom.sun.tools.attach.AttachNotSupportedException"));
  }
}
