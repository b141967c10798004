package nl.casustafel.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One journey at one concurrency ({@link LoadRun#current()}), closed model: {@code users}
 * concurrent virtual users, each sending one request and ending, a new one starting at once. A
 * warm-up round per variant, then audited and baseline rounds interleaved (A B A B), one after the
 * other. The connections are shared between the users, at most {@code users} of them, kept alive.
 * Each measured request's latency goes to the {@link Recorder}; Gatling's HTML shows the same
 * requests, named by variant (and warm-up).
 */
public class JourneySimulation extends Simulation {

  private static final String FEED = "feed";
  private static final String START = "startNanos";

  public JourneySimulation() {
    LoadRun run = LoadRun.current();
    RoundRobin<String> feed =
        run.journey().feed() == null
            ? null
            : new RoundRobin<>(run.feeds().get(run.journey().feed()));
    List<PopulationBuilder> phases = new ArrayList<>();
    for (Variant variant : run.journey().variants()) {
      phases.add(phase(run, feed, variant, "warm-up " + variant.label(), false));
    }
    List<Variant> rounds = run.rounds();
    int perRound = run.journey().variants().size();
    for (int i = 0; i < rounds.size(); i++) {
      Variant variant = rounds.get(i);
      phases.add(phase(run, feed, variant, variant.label() + " round " + (i / perRound + 1), true));
    }
    setUp(oneAfterTheOther(phases)).protocols(protocol(run));
  }

  private static HttpProtocolBuilder protocol(LoadRun run) {
    return http.baseUrl(run.appUrl())
        .acceptHeader("application/json")
        .shareConnections()
        .maxConnectionsPerHost(run.users())
        .disableCaching()
        .disableWarmUp(); // Gatling's default warm-up calls gatling.io
  }

  /** Each phase starts when the one before has ended. */
  private static PopulationBuilder oneAfterTheOther(List<PopulationBuilder> phases) {
    PopulationBuilder chain = phases.get(phases.size() - 1);
    for (int i = phases.size() - 2; i >= 0; i--) {
      chain = phases.get(i).andThen(chain);
    }
    return chain;
  }

  private static PopulationBuilder phase(
      LoadRun run, RoundRobin<String> feed, Variant variant, String name, boolean measured) {
    Recorder.Cell cell = new Recorder.Cell(run.journey().id(), run.users(), variant);
    String requestName = measured ? variant.label() : name;
    ChainBuilder oneRequest =
        exec(session -> start(session, feed))
            .exec(request(run, variant, requestName))
            .exec(session -> measured ? finish(session, run.recorder(), cell) : session);
    return scenario(name)
        .exec(oneRequest)
        .injectClosed(
            constantConcurrentUsers(run.users()).during(Duration.ofSeconds(run.roundSeconds())));
  }

  private static Session start(Session session, RoundRobin<String> feed) {
    Session s = feed == null ? session : session.set(FEED, feed.next());
    return s.set(START, System.nanoTime());
  }

  private static Session finish(Session session, Recorder recorder, Recorder.Cell cell) {
    recorder.record(cell, System.nanoTime() - session.getLong(START), !session.isFailed());
    return session;
  }

  private static HttpRequestActionBuilder request(LoadRun run, Variant variant, String name) {
    Journey journey = run.journey();
    HttpRequestActionBuilder request =
        "GET".equals(journey.method())
            ? http(name).get(s -> journey.pathFor(variant, feedValue(s)))
            : http(name)
                .post(s -> journey.pathFor(variant, feedValue(s)))
                .body(StringBody(s -> journey.bodyFor(feedValue(s))))
                .asJson();
    return request
        .header("Authorization", s -> "Bearer " + run.tokens().of(journey.account()))
        .check(status().is(journey.expectedStatus()));
  }

  private static String feedValue(Session session) {
    return session.contains(FEED) ? session.getString(FEED) : null;
  }
}
