package nl.casustafel.bench.load;

import java.util.List;
import java.util.Map;

/**
 * What {@link JourneySimulation} runs next. Gatling instantiates simulations itself (no arguments),
 * in this JVM: {@link LoadBench} sets the run here before starting Gatling.
 *
 * @param journey the journey
 * @param users the closed-loop connections (concurrent virtual users)
 * @param roundSeconds the length of one round and of each variant's warm-up, seconds
 * @param roundPairs the interleaved (audited, baseline) pairs measured after the warm-up
 * @param appUrl the application's root URL
 * @param feeds the values of the journeys' feeds
 * @param tokens the accounts' tokens
 * @param recorder where the measured latencies go
 */
record LoadRun(
    Journey journey,
    int users,
    int roundSeconds,
    int roundPairs,
    String appUrl,
    Map<String, List<String>> feeds,
    Tokens tokens,
    Recorder recorder) {

  private static volatile LoadRun current;

  static void set(LoadRun run) {
    current = run;
  }

  static LoadRun current() {
    if (current == null) {
      throw new IllegalStateException("start JourneySimulation through LoadBench");
    }
    return current;
  }

  /** The measured seconds of one variant: all its rounds after the warm-up. */
  double measuredSeconds() {
    return (double) roundSeconds * roundPairs;
  }

  /** The rounds in run order after the warm-up: A B A B …, or A A … without a baseline. */
  List<Variant> rounds() {
    List<Variant> rounds = new java.util.ArrayList<>();
    for (int i = 0; i < roundPairs; i++) {
      rounds.addAll(journey.variants());
    }
    return rounds;
  }
}
