package nl.casustafel.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

class FailFastSessionTest {

  @Test
  void eclipseLinkRetriesByDefault() {
    // The default this customizer exists for: 3 retries, 5 s apart (EclipseLink 2.6 and later).
    DatabaseLogin login = new DatabaseLogin();
    assertEquals(3, login.getQueryRetryAttemptCount());
    assertEquals(5000, login.getDelayBetweenConnectionAttempts());
  }

  @Test
  void noRetriesAfterACommunicationFailure() {
    DatabaseLogin login = new DatabaseLogin();
    new FailFastSession().customize(new Project(login).createDatabaseSession());
    assertEquals(0, login.getQueryRetryAttemptCount());
    assertEquals(0, login.getDelayBetweenConnectionAttempts());
  }
}
