package nl.casustafel.audit;

/**
 * The verifier's answer for one tenant: OK with the number of events and the last signed
 * checkpoint, or the first sequence number that cannot be trusted and why.
 */
public record Verification(
    String tenant, boolean ok, long events, long lastCheckpoint, Long firstBroken, String reason) {

  static Verification ok(String tenant, long events, long lastCheckpoint) {
    return new Verification(tenant, true, events, lastCheckpoint, null, null);
  }

  static Verification broken(String tenant, long events, long firstBroken, String reason) {
    return new Verification(tenant, false, events, 0, firstBroken, reason);
  }

  @Override
  public String toString() {
    return ok
        ? tenant + ": OK, " + events + " events, signed up to " + lastCheckpoint
        : tenant + ": BROKEN at sequence " + firstBroken + ": " + reason;
  }
}
