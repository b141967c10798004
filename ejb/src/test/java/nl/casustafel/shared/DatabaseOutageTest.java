package nl.casustafel.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import nl.casustafel.audit.AuditUnavailable;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

/**
 * The classifier on real exception instances, nested as the layers nest them on Liberty: the EJB
 * container around JPA, JPA around EclipseLink, EclipseLink around the driver or the pool.
 */
class DatabaseOutageTest {

  /** What the EJB container throws for a failed JPA read inside a bean method. */
  private static RuntimeException fromEjbThroughJpa(SQLException driver) {
    DatabaseException eclipseLink = DatabaseException.sqlException(driver);
    PersistenceException jpa = new PersistenceException(eclipseLink.getMessage(), eclipseLink);
    return new EJBException("CNTR0020E: EJB threw an unexpected exception", jpa);
  }

  /** MariaDB Connector/J's answer when the server sent nothing within socketTimeout. */
  private static SQLException socketTimeout() {
    return new SQLNonTransientConnectionException(
        "(conn=12) Socket error", "08000", 0, new SocketTimeoutException("Read timed out"));
  }

  @Test
  void aFrozenServerBehindEjbJpaAndEclipseLink() {
    assertTrue(DatabaseOutage.causedBy(fromEjbThroughJpa(socketTimeout())));
  }

  @Test
  void aFrozenServerInTheCallersTransaction() {
    EJBTransactionRolledbackException rolledBack =
        new EJBTransactionRolledbackException(
            "Transaction rolled back", new PersistenceException(socketTimeout()));
    assertTrue(DatabaseOutage.causedBy(rolledBack));
  }

  @Test
  void noConnectionFromTheHandshakeOfAFrozenServer() {
    SQLException connect =
        new SQLNonTransientConnectionException(
            "Socket fail to connect to host:address=(host=127.0.0.1)(port=3317)",
            "08000",
            0,
            new SocketTimeoutException("Connect timed out"));
    assertTrue(DatabaseOutage.causedBy(fromEjbThroughJpa(connect)));
  }

  @Test
  void aServerThatIsDown() {
    SQLException refused =
        new SQLNonTransientConnectionException(
            "Socket fail to connect", "08000", 0, new ConnectException("Connection refused"));
    assertTrue(DatabaseOutage.causedBy(new IllegalStateException("wrapped", refused)));
  }

  @Test
  void noFreeConnectionInLibertysPoolInTime() {
    // Liberty: SQLTransientConnectionException (J2CA0045E) caused by its j2c
    // ConnectionWaitTimeoutException, a ResourceAllocationException.
    SQLException poolWait =
        new SQLTransientConnectionException(
            "J2CA0045E: Connection not available while invoking method createOrWaitForConnection",
            new ConnectionWaitTimeoutException("Timed out waiting for 5,001"));
    assertTrue(DatabaseOutage.causedBy(fromEjbThroughJpa(poolWait)));
  }

  @Test
  void aPoolFailureWrappedInAPlainSqlException() {
    SQLException plain =
        new SQLException("getConnection failed", new ResourceAllocationException());
    assertTrue(DatabaseOutage.causedBy(new PersistenceException(plain)));
  }

  @Test
  void libertysLegacyExceptionsByName() {
    assertTrue(DatabaseOutage.causedBy(new PersistenceException(new StaleConnectionException())));
  }

  @Test
  void aConnectionStateInAPlainSqlException() {
    assertTrue(DatabaseOutage.causedBy(new SQLException("Communications link failure", "08S01")));
    assertTrue(DatabaseOutage.causedBy(new SQLException("Timeout", "HYT00")));
  }

  @Test
  void theQueryTimeoutOfTheServer() {
    SQLException maxStatementTime =
        new SQLTimeoutException(
            "Query execution was interrupted (max_statement_time exceeded)", "70100", 1969);
    assertTrue(DatabaseOutage.causedBy(fromEjbThroughJpa(maxStatementTime)));
    assertTrue(DatabaseOutage.causedBy(new QueryTimeoutException("JPA query timeout")));
  }

  @Test
  void theLogCouldNotBeWrittenBecauseTheServerIsFrozen() {
    assertTrue(
        DatabaseOutage.causedBy(
            new AuditUnavailable("The data-sharing log is unavailable.", socketTimeout())));
  }

  @Test
  void aChainedNextException() {
    SQLException batch = new SQLException("Batch failed", "HY000");
    batch.setNextException(socketTimeout());
    assertTrue(DatabaseOutage.causedBy(new PersistenceException(batch)));
  }

  @Test
  void aDatabaseThatAnswersWithAnErrorIsNoOutage() {
    SQLException duplicate =
        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062);
    assertFalse(DatabaseOutage.causedBy(fromEjbThroughJpa(duplicate)));
    assertFalse(
        DatabaseOutage.causedBy(
            new AuditUnavailable(
                "The data-sharing log is unavailable.",
                new SQLSyntaxErrorException("Unknown column", "42S22", 1054))));
    assertFalse(DatabaseOutage.causedBy(new SQLException("Lock wait timeout", "HY000", 1205)));
  }

  @Test
  void bugsOfOursAreNoOutage() {
    assertFalse(DatabaseOutage.causedBy(new EJBException(new NullPointerException())));
    assertFalse(DatabaseOutage.causedBy(new IllegalStateException("no cause")));
    assertFalse(DatabaseOutage.causedBy(null));
  }

  @Test
  void aCauseChainThatLoopsEnds() {
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second);
    assertFalse(DatabaseOutage.causedBy(first));
  }

  /** The shape of Liberty's {@code com.ibm.websphere.ce.j2c.ConnectionWaitTimeoutException}. */
  private static final class ConnectionWaitTimeoutException extends ResourceAllocationException {
    private static final long serialVersionUID = 1L;

    ConnectionWaitTimeoutException(String message) {
      super(message);
    }
  }

  /** The shape of Liberty's legacy {@code com.ibm.websphere.ce.cm.StaleConnectionException}. */
  private static final class StaleConnectionException extends SQLException {
    private static final long serialVersionUID = 1L;
  }
}
