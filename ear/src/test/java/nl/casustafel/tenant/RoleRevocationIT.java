package nl.casustafel.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import nl.casustafel.it.Api;
import nl.casustafel.it.ApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A role taken away through the API counts from the person's next request, with the same token that
 * still carries it (issue #15, part 3); granted again, it counts again. The care coordinator gets
 * the auditor's role for the test and loses it; the municipal liaison is removed from the region.
 * Afterwards both are as the demo realm has them and no revocation of theirs is left.
 */
class RoleRevocationIT extends ApiTest {

  private static final String TENANT = "zvh-gv";
  private static final String API = "/api/v1/tenants/" + TENANT;
  private static final String AUDITOR_GROUP = "/tenants/" + TENANT + "/AUDITOR";
  private static final String COORDINATOR_GROUP = "/tenants/" + TENANT + "/CARE_COORDINATOR";
  private static final String LIAISON_GROUP = "/tenants/" + TENANT + "/MUNICIPAL_LIAISON";
  private static final String AUDIT_LOG = API + "/audit/events?size=1";

  private static String coordinator;
  private static String liaison;

  @BeforeAll
  static void demoUsers() throws Exception {
    coordinator = RealmUsers.id("zorgcoord.gv");
    liaison = RealmUsers.id("gemeente.hilversum");
    asTheDemoHasThem();
  }

  @AfterAll
  static void asTheDemoHasThem() throws Exception {
    if (coordinator == null || liaison == null) {
      return; // the users were never found: nothing was changed
    }
    RealmUsers.leave(coordinator, AUDITOR_GROUP);
    RealmUsers.join(coordinator, COORDINATOR_GROUP);
    RealmUsers.join(liaison, LIAISON_GROUP);
    TenantRows.removeRevocations(coordinator);
    TenantRows.removeRevocations(liaison);
  }

  @Test
  void aRoleTakenAwayIsRefusedAtTheNextRequestWithTheSameTokenAndGrantedAgainItCounts()
      throws Exception {
    people("PUT", coordinator, "/roles/AUDITOR");
    String token = token("zorgcoord.gv"); // the first of this class: issued after the grant
    assertTrue(RealmUsers.groupsIn(token).contains(AUDITOR_GROUP), "the token carries the role");
    assertEquals(200, Api.get(AUDIT_LOG, token).statusCode(), "the auditor's role counts");

    people("DELETE", coordinator, "/roles/AUDITOR");
    HttpResponse<String> refused = Api.get(AUDIT_LOG, token);
    assertEquals(403, refused.statusCode(), "the same token, the next request: " + refused.body());
    assertEquals(200, Api.get(API + "/cases", token).statusCode(), "the other role still counts");
    assertFalse(RealmUsers.groups(coordinator).contains(AUDITOR_GROUP), "Keycloak took it away");
    assertEquals(1, revocations(coordinator, "AUDITOR"));

    people("PUT", coordinator, "/roles/AUDITOR");
    assertEquals(200, Api.get(AUDIT_LOG, token).statusCode(), "granted again, the role counts");
    assertTrue(RealmUsers.groups(coordinator).contains(AUDITOR_GROUP), "Keycloak has it again");
    assertEquals(0, revocations(coordinator, "AUDITOR"));
  }

  @Test
  void aPersonRemovedFromTheRegionNoLongerEntersItWithTheSameToken() throws Exception {
    String token = token("gemeente.hilversum");
    assertEquals(200, Api.get(API + "/partners", token).statusCode());

    people("DELETE", liaison, "");
    HttpResponse<String> gone = Api.get(API + "/partners", token);
    assertEquals(404, gone.statusCode(), "no role left: the region is not theirs " + gone.body());
    assertTrue(RealmUsers.groupsIn(token).contains(LIAISON_GROUP), "the token still says it is");
    assertFalse(RealmUsers.groups(liaison).contains(LIAISON_GROUP), "Keycloak took it away");
    assertEquals(1, revocations(liaison, "MUNICIPAL_LIAISON"));
  }

  /** The ZVH manager's change to one person of the region: 204, or the test fails. */
  private static void people(String method, String person, String rest) {
    HttpResponse<String> response =
        Api.send(method, API + "/people/" + person + rest, token("manager.gv"), null);
    assertEquals(204, response.statusCode(), method + " " + rest + ": " + response.body());
  }

  private static long revocations(String subject, String role) throws Exception {
    return TenantRows.number(
        "SELECT COUNT(*) FROM role_revocation WHERE subject = ? AND tenant_id = ? AND role = ?",
        subject,
        TENANT,
        role);
  }
}
