package nl.casustafel.bench.load;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds the simulation (Gatling's DSL only: nothing is sent). */
class JourneySimulationTest {

  /** What Gatling's runner does before it instantiates a simulation; reads our gatling.conf. */
  @BeforeAll
  static void configure() {
    io.gatling.core.Predef$.MODULE$._configuration_$eq(
        io.gatling.core.config.GatlingConfiguration$.MODULE$.load());
  }

  @AfterEach
  void forget() {
    LoadRun.set(null);
  }

  @Test
  void ourGatlingConfigurationIsRead() {
    var config = io.gatling.core.Predef$.MODULE$.configuration();

    assertFalse(config.data().enableAnalytics(), "no usage data to Gatling's vendor");
    assertEquals(95.0, config.reports().indicators().percentile3());
  }

  @Test
  void everyJourneyBuildsItsInterleavedPhases() {
    for (Journey journey : Journeys.ALL) {
      LoadRun.set(
          new LoadRun(
              journey,
              10,
              3,
              2,
              "http://localhost:9",
              Map.of(
                  Journeys.DIRECTOR_CASES, List.of("1"),
                  Journeys.VEILIG_THUIS_CASES, List.of("2"),
                  Journeys.DIRECTOR_WRITABLE, List.of("1"),
                  Journeys.SUBJECTS, List.of("abc"),
                  Journeys.CONFERENCES, List.of("5")),
              null,
              new Recorder()));
      assertDoesNotThrow(JourneySimulation::new, journey.id());
    }
  }

  @Test
  void withoutARunItSaysHowToStartIt() {
    assertThrows(IllegalStateException.class, JourneySimulation::new);
  }
}
