package nl.casustafel.bench.load;

import jakarta.json.JsonStructure;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One request of a journey, outside Gatling: for the setup and the SQL statement count. */
final class Api {

  private final String appUrl;
  private final Tokens tokens;

  Api(String appUrl, Tokens tokens) {
    this.appUrl = appUrl;
    this.tokens = tokens;
  }

  /** Sends the journey's request; the raw response, whatever its status. */
  HttpResponse<String> send(Journey journey, Variant variant, String feedValue) {
    HttpRequest.Builder request =
        Http.request(appUrl + journey.pathFor(variant, feedValue))
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + tokens.of(journey.account()));
    String body = journey.bodyFor(feedValue);
    if (body == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body));
    }
    return Http.send(request);
  }

  /** A GET of the audited API as the account; its JSON, or an exception unless 200. */
  JsonStructure get(String account, String path) {
    return Http.json(
        Http.send(
            Http.request(appUrl + Variant.AUDITED.prefix() + path)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + tokens.of(account))
                .GET()),
        200);
  }
}
