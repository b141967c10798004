package nl.casustafel.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
  static void histogram(String pid, Path file) {
    try {
      Files.writeString(file, jcmd(pid, "GC.class_histogram"));
      System.out.println("    class histogram: " + file);
    } catch (IOException | RuntimeException e) {
      System.err.println("bench: no class histogram from jcmd " + pid + ": " + e.getMessage());
    }
  }

  private static String jcmd(String pid, String command) throws IOException {
    // The output goes to a file, so that a jcmd that hangs is still stopped after 60 s (reading
    // its pipe first would wait as long as it does).
    Path out = Files.createTempFile("casustafel-jcmd", ".txt");
    try {
      Process process =
          new ProcessBuilder(List.of("jcmd", pid, command))
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("jcmd " + command + " did not finish within 60 s");
      }
      String text = Files.readString(out, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IOException("jcmd " + command + " failed: " + text.strip());
      }
      return text;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
