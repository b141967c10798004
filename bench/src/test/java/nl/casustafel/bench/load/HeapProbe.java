package nl.casustafel.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Liberty's heap after a full GC, through {@code jcmd <pid> GC.run} and {@code GC.heap_info}. */
final class HeapProbe {

  private HeapProbe() {}

  /** The used heap after a GC; null (with a message) when jcmd fails. */
  static HeapUse measure(String pid) {
    if (pid == null) {
      return null;
    }
    try {
      jcmd(pid, "GC.run");
      return HeapUse.parse(jcmd(pid, "GC.heap_info"));
    } catch (IOException | RuntimeException e) {
      System.err.println("bench: no heap figure from jcmd " + pid + ": " + e.getMessage());
      return null;
    }
  }

  /**
   * Writes {@code jcmd <pid> GC.class_histogram} (which runs a full GC first) to {@code file}, to
   * find what a measured difference is made of; a message, no exception, when it fails.
   */
  static void histogram(String pid, java.nio.file.Path file) {
    try {
      java.nio.file.Files.writeString(file, jcmd(pid, "GC.class_histogram"));
      System.out.println("    class histogram: " + file);
    } catch (IOException | RuntimeException e) {
      System.err.println("bench: no class histogram from jcmd " + pid + ": " + e.getMessage());
    }
  }

  private static String jcmd(String pid, String command) throws IOException {
    Process process =
        new ProcessBuilder(List.of("jcmd", pid, command)).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("jcmd " + command + " did not finish within 60 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (process.exitValue() != 0) {
      throw new IOException("jcmd " + command + " failed: " + out.strip());
    }
    return out;
  }
}
