package nl.casustafel.identity.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminUrlsTest {

  private final AdminUrls urls = new AdminUrls(URI.create("http://localhost:8180/"), "casustafel");

  @Test
  void theTokenEndpointIsTheRealms() {
    assertEquals(
        "http://localhost:8180/realms/casustafel/protocol/openid-connect/token",
        urls.token().toString());
  }

  @Test
  void adminPathsAreUnderTheRealmWithTheQuerySortedAndEncoded() {
    assertEquals(
        "http://localhost:8180/admin/realms/casustafel/users/ab-12/execute-actions-email"
            + "?client_id=casustafel-web&lifespan=259200"
            + "&redirect_uri=http%3A%2F%2Flocalhost%3A9080%2F%3Fa%3D1%26b%3D2",
        urls.admin(
                Map.of(
                    "redirect_uri", "http://localhost:9080/?a=1&b=2",
                    "lifespan", "259200",
                    "client_id", "casustafel-web"),
                "users",
                "ab-12",
                "execute-actions-email")
            .toString());
  }

  @Test
  void aValueCannotLeaveItsPathSegment() {
    assertEquals(
        "http://localhost:8180/admin/realms/casustafel/users/a%2F..%2Fclients%20x",
        urls.admin("users", "a/../clients x").toString());
    assertThrows(IllegalArgumentException.class, () -> urls.admin("users", ".."));
    assertThrows(IllegalArgumentException.class, () -> urls.admin("users", ""));
    assertThrows(IllegalArgumentException.class, () -> urls.admin("users", (String) null));
  }

  @Test
  void aGroupByPathHasOneSegmentPerGroup() {
    assertEquals(
        "http://localhost:8180/admin/realms/casustafel/group-by-path/tenants/zvh-gv/AUDITOR",
        urls.groupByPath("/tenants/zvh-gv/AUDITOR").toString());
    assertThrows(IllegalArgumentException.class, () -> urls.groupByPath("/tenants//AUDITOR"));
  }

  @Test
  void anEmailInASearchIsEncoded() {
    assertEquals(
        "http://localhost:8180/admin/realms/casustafel/users?email=j%2Bx%40vt.example&exact=true",
        urls.admin(Map.of("email", "j+x@vt.example", "exact", "true"), "users").toString());
  }
}
