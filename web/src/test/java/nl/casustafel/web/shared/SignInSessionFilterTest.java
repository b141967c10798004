package nl.casustafel.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A session's id never survives a sign-in, and a session never passes to another user. */
class SignInSessionFilterTest {

  private static Fakes.Request run(String uri, String user, Fakes.Session session)
      throws Exception {
    Fakes.Request request = new Fakes.Request(uri, user, session);
    new SignInSessionFilter().doFilter(request.proxy, new Fakes.Response().proxy, (req, res) -> {});
    return request;
  }

  @Test
  void aSessionFromBeforeSignInGetsANewIdAndKeepsItAfterwards() throws Exception {
    Fakes.Session planted = new Fakes.Session("known-to-an-attacker");
    run("/partners.xhtml", "regisseur.gv", planted);
    assertNotEquals("known-to-an-attacker", planted.id);
    String renewed = planted.id;
    assertEquals("regisseur.gv", planted.attributes.get(SignInSessionFilter.OWNER));

    run("/cases.xhtml", "regisseur.gv", planted);
    assertEquals(renewed, planted.id, "renewed again on a later request");
  }

  @Test
  void anotherUsersSessionIsDroppedForANewOne() throws Exception {
    Fakes.Session theirs = new Fakes.Session("attacker-session");
    theirs.attributes.put(SignInSessionFilter.OWNER, "veiligthuis.gv");
    Fakes.Request request = run("/partners.xhtml", "regisseur.gv", theirs);
    assertTrue(theirs.invalid);
    assertEquals("new-1", request.session.id);
    assertEquals("regisseur.gv", request.session.attributes.get(SignInSessionFilter.OWNER));
  }

  @Test
  void aSignedInPageGetsItsOwnSessionFromTheStart() throws Exception {
    Fakes.Request request = run("/partners.xhtml", "regisseur.gv", null);
    assertEquals("regisseur.gv", request.session.attributes.get(SignInSessionFilter.OWNER));
  }

  @Test
  void theApiResourcesAndAnonymousRequestsAreLeftAlone() throws Exception {
    assertNull(run("/api/v1/me", "regisseur.gv", null).session);
    assertNull(run("/jakarta.faces.resource/core.js.xhtml", "regisseur.gv", null).session);
    Fakes.Session anonymous = new Fakes.Session("anonymous");
    run("/partners.xhtml", null, anonymous);
    assertEquals("anonymous", anonymous.id);
  }
}
