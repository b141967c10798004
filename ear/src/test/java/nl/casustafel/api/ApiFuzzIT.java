package nl.casustafel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import nl.casustafel.it.BusinessRows;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every operation that {@code /openapi} describes with a bounded, fixed set of bad input
 * ({@link FuzzInputs}, {@link FuzzBodies}): wrong types, huge strings, control characters, invalid
 * UTF-8, deep and huge JSON, unknown and doubled fields, wrong methods and media types. Every
 * answer must be a 4xx with {@code {"error": <the rule>}} (a 404 byte-identical to a missing case),
 * never a 5xx or a stack trace; and nothing may be stored: the case tables keep their row counts
 * and the data-sharing log holds no write in the fuzz's trace.
 */
class ApiFuzzIT extends ApiTest {

  private static final String MISSING_CASE = "/api/v1/tenants/zvh-gv/cases/" + FuzzInputs.NO_CASE;

  /**
   * About 2,800 with the endpoints of issue #15 (a few milliseconds each); bounded all the same.
   */
  private static final int MAX_CALLS = 4000;

  @Test
  void everyOperationRefusesBadInputWithItsRuleAndStoresNothing() throws Exception {
    List<FuzzOperation> operations =
        FuzzOperation.all(Api.json(Api.get("/openapi?format=JSON", null)));
    assertFuzzReachesWhatTheFindingNamed(operations);
    List<FuzzCall> calls = FuzzInputs.calls(operations);
    assertTrue(calls.size() < MAX_CALLS, calls.size() + " calls: keep the fuzz bounded");
    String notFound = Api.get(MISSING_CASE, token("regisseur.gv")).body();
    String trace = HexFormat.of().formatHex(randomBytes(16));
    Map<String, Long> before = BusinessRows.counts();

    List<String> failures = new ArrayList<>();
    for (FuzzCall call : calls) {
      String wrong = answerTo(call, trace, notFound);
      if (wrong != null) {
        failures.add(call.label() + ": " + wrong);
      }
    }
    Map<String, Long> after = BusinessRows.counts();
    if (!before.equals(after)) {
      failures.add("rows before " + before + ", after " + after + ": a refused request stored");
    }
    BusinessRows.writesLogged(trace)
        .forEach(w -> failures.add("the log holds a write of the fuzz: " + w));
    assertEquals(
        List.of(),
        failures.subList(0, Math.min(failures.size(), 60)),
        failures.size() + " of " + calls.size() + " bad requests were answered wrongly");
  }

  @Test
  void theRequestsOfTheFindingGetTheirRule() {
    String director = token("regisseur.gv");
    String cases = "/api/v1/tenants/zvh-gv/cases";
    HttpResponse<String> first = Api.get(cases + "?first=abc", director);
    assertEquals(400, first.statusCode(), first.body());
    assertEquals(
        "first must be a whole number from 0 to 1000000.", Api.json(first).getString("error"));
    HttpResponse<String> size = Api.get(cases + "?size=99999999999999999999", director);
    assertEquals(400, size.statusCode(), size.body());
    assertEquals("size must be a whole number from 1 to 100.", Api.json(size).getString("error"));
    String deep = "[".repeat(5000) + "]".repeat(5000);
    HttpResponse<String> nested = Api.send("POST", cases + "/search", director, deep);
    assertEquals(400, nested.statusCode(), nested.body());
    assertEquals(
        "The request body may nest at most 16 levels.", Api.json(nested).getString("error"));
  }

  private String answerTo(FuzzCall call, String trace, String notFound) {
    String span = HexFormat.of().formatHex(randomBytes(8));
    try {
      HttpResponse<String> response =
          FuzzClient.send(call, token(call.account()), "00-" + trace + "-" + span + "-01");
      return FuzzCheck.check(call, response, notFound);
    } catch (IOException e) {
      return "no answer (" + e + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The fuzz must cover the parameters and bodies the finding of issue #12 named. */
  private static void assertFuzzReachesWhatTheFindingNamed(List<FuzzOperation> operations) {
    Map<String, FuzzOperation> byLabel = new LinkedHashMap<>();
    operations.forEach(op -> byLabel.put(op.label(), op));
    FuzzOperation cases = byLabel.get("GET /api/v1/tenants/{tenant}/cases");
    assertTrue(cases != null && Boolean.TRUE.equals(cases.query().get("first")), "" + cases);
    assertTrue(Boolean.TRUE.equals(cases.query().get("size")), "size is no integer: " + cases);
    FuzzOperation events = byLabel.get("GET /api/v1/tenants/{tenant}/audit/events");
    assertTrue(events != null && events.query().containsKey("day"), "" + events);
    FuzzOperation add = byLabel.get("POST /api/v1/tenants/{tenant}/cases/{id}/information");
    assertTrue(add != null && add.body(), "" + add);
    assertTrue(operations.size() >= 15, operations.size() + " operations: /openapi shrank");
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }
}
