package nl.casustafel.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Bodies that are no JSON we read, whatever the operation: the same bytes for every body. */
final class FuzzJson {

  private static final int DEEP = 5000;

  private FuzzJson() {}

  /** What is wrong → the raw body; {@code field} names a field, {@code valid} is a good body. */
  static Map<String, byte[]> malformed(String field, String valid) {
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    for (String json :
        new String[] {
          "[]", "\"x\"", "5", "null", "true", "", "not json", "{", valid + "}", "{'a': 1}"
        }) {
      bodies.put(json.isEmpty() ? "(empty)" : json, utf8(json));
    }
    bodies.put("arrays " + DEEP + " deep", utf8("[".repeat(DEEP) + "]".repeat(DEEP)));
    bodies.put("objects " + DEEP + " deep", utf8("{\"a\": ".repeat(DEEP) + "1" + "}".repeat(DEEP)));
    bodies.put("raw control character", utf8("{\"" + field + "\": \"a\u0001b\"}"));
    bodies.put(
        "byte order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, valid));
    bodies.put("invalid UTF-8", invalidUtf8(field));
    return bodies;
  }

  /** {"field": "?("} where ? is the lone lead byte 0xC3: no UTF-8 at all. */
  private static byte[] invalidUtf8(String field) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(utf8("{\"" + field + "\": \""));
    bytes.write(0xC3);
    bytes.writeBytes(utf8("(\"}"));
    return bytes.toByteArray();
  }

  private static byte[] concat(byte[] prefix, String json) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(prefix);
    bytes.writeBytes(utf8(json));
    return bytes.toByteArray();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
