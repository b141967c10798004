package nl.casustafel.registry.gcos;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells which of the two encodings GCOS writes a file is in, by reading it as a stream: a UTF-8
 * byte order mark means UTF-8; otherwise strict UTF-8 if every byte sequence is valid UTF-8, else
 * Windows-1252 (which Windows calls ANSI). UTF-16 and files with NUL bytes or bytes that
 * Windows-1252 does not define are rejected. Because valid UTF-8 with non-ASCII letters is almost
 * never also meaningful Windows-1252, trying UTF-8 first is safe (W3C, "Character encodings for
 * beginners").
 */
final class EncodingDetector {

  /** The encoding of a file and how many bytes of byte order mark to skip. */
  record Detected(Charset charset, int bomLength) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private EncodingDetector() {}

  static Detected detect(GcosSource source) throws IOException, FileRejected {
    int[] head = firstBytes(source);
    if (head.length == 0) {
      throw new FileRejected(ImportText.EMPTY_FILE);
    }
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      if (!decodesCleanly(source, 3, StandardCharsets.UTF_8)) {
        throw new FileRejected(ImportText.BAD_UTF8_AFTER_BOM);
      }
      return new Detected(StandardCharsets.UTF_8, 3);
    }
    if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
      throw new FileRejected(ImportText.UTF16);
    }
    if (decodesCleanly(source, 0, StandardCharsets.UTF_8)) {
      return new Detected(StandardCharsets.UTF_8, 0);
    }
    if (decodesCleanly(source, 0, WINDOWS_1252)) {
      return new Detected(WINDOWS_1252, 0);
    }
    throw new FileRejected(ImportText.BINARY);
  }

  /** A reader of the file without its byte order mark, decoding strictly. */
  static Reader open(GcosSource source, Detected detected) throws IOException {
    InputStream in = new BufferedInputStream(source.open(), 64 * 1024);
    try {
      in.skipNBytes(detected.bomLength());
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return new InputStreamReader(in, strict(detected.charset()));
  }

  private static int[] firstBytes(GcosSource source) throws IOException {
    try (InputStream in = source.open()) {
      byte[] b = in.readNBytes(3);
      int[] head = new int[b.length];
      for (int i = 0; i < b.length; i++) {
        head[i] = b[i] & 0xFF;
      }
      return head;
    }
  }

  private static boolean startsWith(int[] head, int... prefix) {
    if (head.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (head[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** True when the whole stream decodes without error and holds no NUL character. */
  private static boolean decodesCleanly(GcosSource source, int skip, Charset charset)
      throws IOException {
    try (Reader r = open(source, new Detected(charset, skip))) {
      char[] buffer = new char[16 * 1024];
      for (int n = r.read(buffer); n >= 0; n = r.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\0') {
            return false; // UTF-16 without a byte order mark, or a binary file
          }
        }
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
