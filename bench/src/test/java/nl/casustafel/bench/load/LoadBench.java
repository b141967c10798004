package nl.casustafel.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code ./casustafel bench}: runs the load journeys against the running stack (Liberty with {@code
 * CASUSTAFEL_BENCH_BASELINE=true}, Keycloak, MariaDB), counts SQL statements per request, measures
 * Liberty's heap and the Faces session size per signed-in user ({@link SessionSize}), and writes
 * {@code report.md} beside Gatling's HTML. Settings: {@link BenchSettings}. Exit status 1 if a
 * smoke run saw any failed request or sign-in (CI), else 0.
 */
public final class LoadBench {

  /** The case files each signed-in user of the session measurement opens. */
  private static final int SESSION_CASE_FILES = 5;

  private LoadBench() {}

  public static void main(String[] args) throws Exception {
    BenchSettings settings = BenchSettings.current();
    ZonedDateTime started = ZonedDateTime.now(ZoneId.of("Europe/Amsterdam"));
    String adminPassword =
        System.getenv().getOrDefault("CASUSTAFEL_KEYCLOAK_ADMIN_PASSWORD", "admin-demo");
    Report.Data data;
    try (Keycloak keycloak = new Keycloak(settings.keycloakUrl(), adminPassword)) {
      keycloak.createClient();
      data = run(settings, started, new Tokens(keycloak));
    }
    Path report = settings.output().resolve("report.md");
    Files.writeString(report, Report.render(data));
    System.out.println("==> Report: " + report.toAbsolutePath());
    boolean failed = data.rows().stream().anyMatch(r -> errors(r) > 0);
    System.exit(settings.smoke() && failed ? 1 : 0);
  }

  private static Report.Data run(BenchSettings settings, ZonedDateTime started, Tokens tokens)
      throws IOException, SQLException {
    Files.createDirectories(settings.output().resolve("gatling"));
    tokens.renewAll(Set.of(Journeys.DIRECTOR, Journeys.VEILIG_THUIS, Journeys.AUDITOR));
    Api api = new Api(settings.appUrl(), tokens);
    Feeds feeds = Feeds.fetch(api, settings.journeys());
    HeapUse before = HeapProbe.measure(settings.libertyPid());
    Recorder recorder = new Recorder();
    List<Report.Row> rows = new ArrayList<>();
    for (Journey journey : settings.journeys()) {
      for (int users : settings.concurrencies()) {
        tokens.renewAll(Set.of(journey.account()));
        rows.add(load(settings, journey, users, feeds, tokens, recorder));
      }
    }
    HeapUse after = HeapProbe.measure(settings.libertyPid());
    tokens.renewAll(Set.of());
    StatementCounts counts = StatementCounts.measure(settings, api, feeds);
    System.out.printf("==> Faces session size: %d signed-in users%n", settings.sessionUsers());
    SessionSize sessions = sessions(settings, api, feeds);
    return new Report.Data(
        started,
        settings,
        feeds.directorCases(),
        rows,
        counts.rows(),
        counts.backgroundPerSecond(),
        before,
        after,
        sessions);
  }

  private static Report.Row load(
      BenchSettings settings,
      Journey journey,
      int users,
      Feeds feeds,
      Tokens tokens,
      Recorder recorder)
      throws IOException {
    LoadRun run =
        new LoadRun(
            journey,
            users,
            settings.roundSeconds(),
            settings.roundPairs(),
            settings.appUrl(),
            feeds.all(),
            tokens,
            recorder);
    LoadRun.set(run);
    System.out.printf("==> %s, %d users%n", journey.title(), users);
    gatling(settings.output().resolve("gatling"), journey.id() + "-" + users);
    Report.Row row =
        new Report.Row(
            journey,
            users,
            recorder.measure(cell(run, Variant.AUDITED), run.measuredSeconds()),
            journey.baseline()
                ? recorder.measure(cell(run, Variant.BASELINE), run.measuredSeconds())
                : null);
    print("audited", row.audited());
    if (row.baseline() != null) {
      print("baseline", row.baseline());
    }
    return row;
  }

  private static void print(String variant, Measurement m) {
    System.out.printf(
        "    %s p95 %s ms, %.1f req/s, %d errors%n",
        variant, Report.ms(m.p95()), m.throughput(), m.errors());
  }

  /**
   * The Faces session size per user; a failed sign-in ends a smoke run (CI), while a full run
   * reports the rest without it.
   */
  private static SessionSize sessions(BenchSettings settings, Api api, Feeds feeds) {
    try {
      List<String> cases =
          Feeds.middleDirectorCases(api, feeds.directorCases(), SESSION_CASE_FILES);
      return SessionSize.measure(settings, cases, settings.sessionUsers());
    } catch (IllegalStateException e) {
      if (settings.smoke()) {
        throw e;
      }
      System.err.println("bench: Faces session size not measured: " + e.getMessage());
      return null;
    }
  }

  /** Runs JourneySimulation in this JVM; its HTML ends up in {@code folder/name}. */
  private static void gatling(Path folder, String name) throws IOException {
    Set<Path> earlier = children(folder);
    int status =
        io.gatling.app.Gatling$.MODULE$.fromArgs(
            new String[] {
              "--simulation", JourneySimulation.class.getName(),
              "--results-folder", folder.toAbsolutePath().toString(),
              "--run-description", name
            });
    if (status != 0) {
      System.err.println("bench: Gatling ended with status " + status + " for " + name);
    }
    Path target = folder.resolve(name);
    for (Path made : children(folder)) {
      if (!earlier.contains(made) && !Files.exists(target)) {
        Files.move(made, target);
      }
    }
  }

  private static Set<Path> children(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return Set.copyOf(list.toList());
    }
  }

  private static Recorder.Cell cell(LoadRun run, Variant variant) {
    return new Recorder.Cell(run.journey().id(), run.users(), variant);
  }

  /** Failed requests; a variant that served none counts as failed too (nothing was measured). */
  private static long errors(Report.Row row) {
    return errors(row.audited()) + (row.baseline() == null ? 0 : errors(row.baseline()));
  }

  private static long errors(Measurement m) {
    return m.errors() + (m.ok() == 0 ? 1 : 0);
  }
}
