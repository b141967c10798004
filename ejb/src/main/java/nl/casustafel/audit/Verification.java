package nl.casustafel.audit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The verifier's answer for one tenant: OK with the number of events and the last signed
 * checkpoint, or the first sequence number that cannot be trusted and why; and the sequence numbers
 * the chain was restored to from a backup (a signed RESTORED event after each, see {@link
 * AuditVerifier}), oldest first.
 */
public record Verification(
    String tenant,
    boolean ok,
    long events,
    long lastCheckpoint,
    Long firstBroken,
    String reason,
    List<Long> restoredTo) {

  public Verification {
    restoredTo = List.copyOf(restoredTo);
  }

  /** A verification of a chain that was never restored (or could not be read). */
  public Verification(
      String tenant,
      boolean ok,
      long events,
      long lastCheckpoint,
      Long firstBroken,
      String reason) {
    this(tenant, ok, events, lastCheckpoint, firstBroken, reason, List.of());
  }

  static Verification ok(String tenant, long events, long lastCheckpoint, List<Long> restoredTo) {
    return new Verification(tenant, true, events, lastCheckpoint, null, null, restoredTo);
  }

  static Verification broken(String tenant, long events, long firstBroken, String reason) {
    return new Verification(tenant, false, events, 0, firstBroken, reason);
  }

  @Override
  public String toString() {
    return ok
        ? tenant + ": OK, " + events + " events, signed up to " + lastCheckpoint + restores()
        : tenant + ": BROKEN at sequence " + firstBroken + ": " + reason;
  }

  private String restores() {
    return restoredTo.isEmpty()
        ? ""
        : ", restored from a backup to sequence "
            + restoredTo.stream().map(String::valueOf).collect(Collectors.joining(", then to "));
  }
}
