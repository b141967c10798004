package nl.casustafel.bench.load;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java heap in use, from the output of {@code jcmd <pid> GC.heap_info}: the sum over the heap
 * lines ({@code total NK, used MK}; one line for G1, one per generation for Serial/Parallel). The
 * Metaspace lines have no total and are left out.
 *
 * @param usedKb used heap, KiB
 * @param totalKb committed heap, KiB
 */
public record HeapUse(long usedKb, long totalKb) {

  private static final Pattern HEAP_LINE = Pattern.compile("total (\\d+)K, used (\\d+)K");

  /** Parses jcmd's output; {@link IllegalArgumentException} if it has no heap line. */
  public static HeapUse parse(String heapInfo) {
    Matcher m = HEAP_LINE.matcher(heapInfo);
    long used = 0;
    long total = 0;
    boolean found = false;
    while (m.find()) {
      found = true;
      total += Long.parseLong(m.group(1));
      used += Long.parseLong(m.group(2));
    }
    if (!found) {
      throw new IllegalArgumentException("no heap line in: " + heapInfo.strip());
    }
    return new HeapUse(used, total);
  }

  /** E.g. {@code 123.4 MiB of 256.0 MiB}. */
  public String text() {
    return String.format(Locale.ROOT, "%.1f MiB of %.1f MiB", usedKb / 1024.0, totalKb / 1024.0);
  }
}
