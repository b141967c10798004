package nl.casustafel.shared;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Turns off EclipseLink's retries after a communication failure, so that a request that meets a
 * database that does not answer fails once, within the socket timeout, and the caller hears "try
 * again later" (503).
 *
 * <p>Why: by default EclipseLink retries a read that failed on a dead connection up to 3 times, 5 s
 * apart, each retry waiting again for a new connection (connect timeout): with a frozen database
 * one request then took 60 s socket timeout plus 10 s of retries (issue #12). Liberty's pool
 * already throws away dead connections (purge policy), and the caller retries after {@code
 * Retry-After}.
 *
 * <p>Usage: {@code <property name="eclipselink.session.customizer"
 * value="nl.casustafel.shared.FailFastSession"/>} in {@code persistence.xml}.
 */
public class FailFastSession implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
  }
}
