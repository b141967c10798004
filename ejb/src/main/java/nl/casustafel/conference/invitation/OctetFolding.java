package nl.casustafel.conference.invitation;

import java.nio.charset.StandardCharsets;

/**
 * Folds content lines at 75 octets of UTF-8, as RFC 5545 §3.1 asks: a CRLF and one space are put
 * before the octet that would be the 76th. A character is never split (neither its UTF-8 bytes nor
 * a surrogate pair), which ical4j's own folding, counting UTF-16 characters, does not promise.
 */
final class OctetFolding {

  /** The longest line, in octets, without its CRLF. */
  static final int MAX_OCTETS = 75;

  private static final String CRLF = "\r\n";

  private OctetFolding() {}

  /**
   * The message with every line folded.
   *
   * @param message unfolded lines, each ending in CRLF
   * @return the same lines folded; unfolding (removing every CRLF followed by a space) gives the
   *     message back
   */
  static String fold(String message) {
    StringBuilder out = new StringBuilder(message.length() + message.length() / 20);
    for (String line : message.split(CRLF, -1)) {
      if (!out.isEmpty()) {
        out.append(CRLF);
      }
      foldLine(line, out);
    }
    return out.toString();
  }

  private static void foldLine(String line, StringBuilder out) {
    int octets = 0;
    int limit = MAX_OCTETS;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append(CRLF).append(' ');
        octets = 0;
        limit = MAX_OCTETS - 1; // The leading space of a continuation line counts.
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
  }
}
