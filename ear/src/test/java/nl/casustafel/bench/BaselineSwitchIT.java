package nl.casustafel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's baseline (issue #14) does not exist in a server started without the test-only
 * switch, as the tests' and every production server is: its paths answer 404, like any unknown
 * path, and serve nothing, while the same request on the audited path is served and logged.
 */
class BaselineSwitchIT extends ApiTest {

  @Test
  void withoutTheSwitchTheBaselineIsNotThere() throws SQLException {
    String director = token("regisseur.gv");
    long before = events();
    for (String path :
        new String[] {
          "/api/v1/baseline/tenants/zvh-gv/cases?first=0&size=5",
          "/api/v1/baseline/tenants/zvh-gv/cases/1",
          "/api/v1/baseline/me"
        }) {
      HttpResponse<String> response = Api.get(path, director);
      assertEquals(404, response.statusCode(), path + ": " + response.body());
    }
    HttpResponse<String> add =
        Api.send(
            "POST",
            "/api/v1/baseline/tenants/zvh-gv/cases/1/information",
            director,
            "{\"category\":\"SOCIAL\",\"text\":\"via de baseline\"}");
    assertEquals(404, add.statusCode(), add.body());
    assertEquals(before, events(), "a refused baseline call logs and stores nothing");

    assertEquals(200, Api.get("/api/v1/tenants/zvh-gv/cases/1", director).statusCode());
    assertTrue(events() > before, "the audited path logs its read");
  }

  private static long events() throws SQLException {
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COALESCE(MAX(seq), 0) FROM audit_event WHERE tenant_id = 'zvh-gv'")) {
      r.next();
      return r.getLong(1);
    }
  }
}
