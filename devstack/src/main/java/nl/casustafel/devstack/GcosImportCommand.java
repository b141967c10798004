package nl.casustafel.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code ./casustafel import-gcos FILE --tenant T [--commit]}: signs the user in through their
 * browser ({@link CliSignIn}) and sends the GCOS export to the API: a dry run with a verdict per
 * line, or the commit of the whole file (or nothing). Exit 0 when the file is (or was) imported
 * whole, 1 when lines are rejected or the import is refused, 2 for wrong arguments.
 */
public final class GcosImportCommand {

  private GcosImportCommand() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3 || !args[1].equals("--tenant")) {
      System.err.println("usage: ./casustafel import-gcos FILE --tenant TENANT [--commit]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    boolean commit = args.length > 3 && args[3].equals("--commit");
    URI app = URI.create(env("CASUSTAFEL_URL", "http://localhost:9080"));
    URI realm = URI.create(env("CASUSTAFEL_REALM_URL", "http://localhost:8180/realms/casustafel"));
    String token =
        new CliSignIn(realm)
            .accessToken(url -> System.out.println("Meld u aan in uw browser:\n  " + url));
    System.exit(send(app, args[2], file, commit, token, System.out));
  }

  /** Sends the file and prints the report; the exit status. */
  static int send(URI app, String tenant, Path file, boolean commit, String token, PrintStream out)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(
                app.resolve(
                    "/api/v1/tenants/" + tenant + "/imports/gcos" + (commit ? "?commit=true" : "")))
            .timeout(Duration.ofMinutes(10))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofFile(file))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300 && response.statusCode() != 422) {
      out.println("Geweigerd (HTTP " + response.statusCode() + "): " + response.body());
      return 1;
    }
    JsonObject report;
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      report = reader.readObject();
    }
    print(report, out);
    boolean whole = report.getBoolean("committable", false) && !report.containsKey("fileError");
    out.println(
        commit
            ? (response.statusCode() == 201 ? "Geïmporteerd." : "Niets geïmporteerd.")
            : (whole
                ? "Proefimport: het bestand kan worden geïmporteerd (--commit)."
                : "Proefimport: niet te importeren."));
    return whole && (!commit || response.statusCode() == 201) ? 0 : 1;
  }

  private static void print(JsonObject report, PrintStream out) {
    if (report.containsKey("fileError")) {
      out.println("Bestand geweigerd: " + report.getString("fileError"));
    }
    for (JsonValue line : report.getJsonArray("lines")) {
      out.println(line.asJsonObject().getString("text"));
    }
    JsonObject t = report.getJsonObject("totals");
    out.printf(
        "Regels %d: nieuwe cliënten %d, nieuwe casussen %d, nieuwe overleggen %d, al aanwezig %d,"
            + " geweigerd %d.%n",
        t.getInt("lines"),
        t.getInt("newClients"),
        t.getInt("newCases"),
        t.getInt("newMeetings"),
        t.getInt("alreadyPresent"),
        t.getInt("rejected"));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
