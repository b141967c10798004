package nl.casustafel.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a request body must be before JSON-P reads it, checked on the raw bytes in one streaming
 * pass. Each rule closes a hole of the JSON-P implementation of Liberty (Eclipse Parsson 1.1):
 * invalid UTF-8 is silently replaced by U+FFFD, a duplicate field silently keeps its last value,
 * and nesting beyond its limit ({@code org.eclipse.parsson.maxDepth}, 1000) throws a bare {@code
 * RuntimeException} that Liberty's JSON-P provider turns into an empty 500 — while a recursive read
 * of deep nesting costs stack before that.
 */
final class JsonBodyRules {

  /** Bodies of our API are flat objects; 16 levels leave room and stop abuse early. */
  static final int MAX_DEPTH = 16;

  private JsonBodyRules() {}

  /** At most {@code max} bytes of the stream, or empty when it holds more. */
  static Optional<byte[]> readAtMost(InputStream in, int max) throws IOException {
    byte[] body = in.readNBytes(max + 1);
    return body.length > max ? Optional.empty() : Optional.of(body);
  }

  /** The rule the body breaks, or empty when it is well-formed JSON we are willing to read. */
  static Optional<String> problem(byte[] body) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      return Optional.of("The request body must be encoded in UTF-8.");
    }
    return structure(text);
  }

  private static Optional<String> structure(String text) {
    // One set of field names per open object; arrays get an empty one (they have no names).
    Deque<Set<String>> open = new ArrayDeque<>();
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      while (parser.hasNext()) {
        switch (parser.next()) {
          case START_OBJECT, START_ARRAY -> {
            if (open.size() == MAX_DEPTH) {
              return Optional.of("The request body may nest at most " + MAX_DEPTH + " levels.");
            }
            open.push(new HashSet<>());
          }
          case END_OBJECT, END_ARRAY -> open.pop();
          case KEY_NAME -> {
            if (!open.peek().add(parser.getString())) {
              return Optional.of(
                  "The field " + Params.excerpt(parser.getString()) + " appears more than once.");
            }
          }
          default -> {
            // A value: its type is the resource's business.
          }
        }
      }
    } catch (RuntimeException e) {
      // Whatever the parser throws at these characters, they are not JSON.
      return Optional.of("The request body must be valid JSON.");
    }
    return Optional.empty();
  }
}
