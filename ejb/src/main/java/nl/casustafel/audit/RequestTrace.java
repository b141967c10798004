package nl.casustafel.audit;

import jakarta.enterprise.context.RequestScoped;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Where a request came from and which trace it belongs to. The web layer fills it once per request
 * from the W3C {@code traceparent} header (or a new trace) and the peer address.
 */
@RequestScoped
public class RequestTrace {

  private static final Pattern TRACEPARENT =
      Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private String traceId;
  private String originIp;

  /** Takes the trace id of a valid {@code traceparent}, or starts a new trace. */
  public void enter(String traceparent, String originIp) {
    var match = traceparent == null ? null : TRACEPARENT.matcher(traceparent.strip());
    boolean valid = match != null && match.matches() && !match.group(1).equals("0".repeat(32));
    this.traceId = valid ? match.group(1) : random(16);
    this.originIp = originIp;
  }

  public String traceId() {
    if (traceId == null) {
      traceId = random(16);
    }
    return traceId;
  }

  public String originIp() {
    return originIp;
  }

  /** The {@code traceparent} to pass on: this trace, a new span. */
  public String traceparent() {
    return "00-" + traceId() + "-" + random(8) + "-01";
  }

  private static String random(int bytes) {
    byte[] id = new byte[bytes];
    RANDOM.nextBytes(id);
    return HexFormat.of().formatHex(id);
  }
}
