package nl.casustafel.audit;

import jakarta.ejb.ApplicationException;

/**
 * The log could not be written, so nothing may be disclosed: the transaction rolls back and the
 * caller gets no data (HTTP 503, an error page).
 */
@ApplicationException(rollback = true)
public class AuditUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AuditUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
