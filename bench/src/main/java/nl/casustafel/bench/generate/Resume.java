package nl.casustafel.bench.generate;

import java.util.Optional;

/**
 * Where a rerun goes on, from what the database already holds. Cases: a batch commits as a whole,
 * so the generated cases present are whole batches, but for the last, which a smaller scale may
 * have cut short; generating goes on at the batch of the next case number, from that case. Events:
 * the chain's head (audit_head.seq) says how long it is; the next batch is the one that holds the
 * next sequence number, from that number on.
 */
final class Resume {

  private Resume() {}

  /** Where case generation goes on: the batch, and the first case number to write in it. */
  record Cases(long batch, long firstCase) {}

  /** The next events to append: batch, first and last sequence number (inclusive). */
  record Events(long batch, long from, long to) {}

  /**
   * How many cases to generate for a tenant that should hold {@code target} in total and holds
   * {@code others} that the generator did not make (the demo's, the application's).
   */
  static long toGenerate(long target, long others) {
    return Math.max(0, target - others);
  }

  /**
   * The next case batch, or empty when {@code existing} generated cases reach {@code count}.
   *
   * @param size cases per batch
   */
  static Optional<Cases> cases(long existing, long count, int size) {
    if (existing >= count) {
      return Optional.empty();
    }
    return Optional.of(new Cases(existing / size, existing));
  }

  /** The next event batch for a chain whose head is at {@code head}, or empty at {@code target}. */
  static Optional<Events> events(long head, long target) {
    if (head >= target) {
      return Optional.empty();
    }
    long batch = head / EventBatch.PER;
    return Optional.of(new Events(batch, head + 1, Math.min(target, (batch + 1) * EventBatch.PER)));
  }
}
