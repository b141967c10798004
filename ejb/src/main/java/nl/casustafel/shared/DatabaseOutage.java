package nl.casustafel.shared;

import jakarta.persistence.QueryTimeoutException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells from a failure whether the database did not answer: frozen, down, unreachable, out of
 * connections, or slower than our timeouts. Such a failure is no bug of ours and no fault of the
 * caller, so the caller hears "try again later" (HTTP 503 with {@code Retry-After}, a page that
 * says so) instead of an internal error.
 *
 * <p>Usage: {@code if (DatabaseOutage.causedBy(exception)) ...}. Pure: it looks only at the
 * exception chain ({@link Throwable#getCause()} and {@link SQLException#getNextException()}), as
 * the layers nest it, for example {@code EJBException → PersistenceException → EclipseLink
 * DatabaseException → SQLNonTransientConnectionException → SocketTimeoutException} for a frozen
 * server (MariaDB Connector/J reports a socket timeout with SQL state 08000), or {@code
 * SQLTransientConnectionException → ConnectionWaitTimeoutException} when Liberty's pool had no free
 * connection in time.
 *
 * <p>Design notice: Liberty's own exception types are not on our class path; they are recognised by
 * their standard super types ({@link SQLTransientConnectionException}, {@link
 * ResourceAllocationException}) and, for older shapes, by simple name.
 */
public final class DatabaseOutage {

  /** Seconds a client should wait before trying again (HTTP {@code Retry-After}): half a minute. */
  public static final int RETRY_AFTER_SECONDS = 30;

  /** Deep enough for every container's nesting; a guard against a cause chain that loops. */
  private static final int MAX_LINKS = 64;

  /**
   * Liberty's names for "no connection in time" and "this connection is dead", matched by name
   * along the class hierarchy: the Jakarta Connectors API that declares ResourceAllocationException
   * is not visible to an application of the web profile (a reference to it fails to load).
   */
  private static final Set<String> LIBERTY_CONNECTION_FAILURES =
      Set.of(
          "ConnectionWaitTimeoutException",
          "StaleConnectionException",
          "ResourceAllocationException");

  private DatabaseOutage() {}

  /** Whether anything in the failure's chain says the database did not answer. */
  public static boolean causedBy(Throwable failure) {
    Deque<Throwable> todo = new ArrayDeque<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    if (failure != null) {
      todo.add(failure);
    }
    while (!todo.isEmpty() && seen.size() < MAX_LINKS) {
      Throwable link = todo.poll();
      if (!seen.add(link)) {
        continue; // A chain that loops back on itself.
      }
      if (isNoAnswer(link)) {
        return true;
      }
      if (link.getCause() != null) {
        todo.add(link.getCause());
      }
      if (link instanceof SQLException sql && sql.getNextException() != null) {
        todo.add(sql.getNextException());
      }
    }
    return false;
  }

  private static boolean isNoAnswer(Throwable link) {
    return link instanceof SQLTransientConnectionException
        || link instanceof SQLNonTransientConnectionException
        || link instanceof SQLTimeoutException
        || link instanceof SocketTimeoutException
        || link instanceof ConnectException
        || link instanceof QueryTimeoutException
        || (link instanceof SQLException sql && isNoAnswerState(sql.getSQLState()))
        || isLibertyConnectionFailure(link.getClass());
  }

  private static boolean isLibertyConnectionFailure(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (LIBERTY_CONNECTION_FAILURES.contains(c.getSimpleName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQL states of a lost or refused connection (class 08, SQL standard), of a timeout (HYT00,
   * HYT01, ODBC) and of MariaDB's {@code max_statement_time} (70100): for a driver or pool that
   * wraps them in a plain {@link SQLException}.
   */
  private static boolean isNoAnswerState(String state) {
    return state != null
        && (state.startsWith("08")
            || state.equals("HYT00")
            || state.equals("HYT01")
            || state.equals("70100"));
  }
}
