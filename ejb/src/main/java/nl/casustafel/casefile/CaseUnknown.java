package nl.casustafel.casefile;

import jakarta.ejb.ApplicationException;

/**
 * The case does not exist, or the caller may not know that it does: the two are one answer, so that
 * nobody learns of a case by probing ids.
 */
@ApplicationException(rollback = true)
public class CaseUnknown extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CaseUnknown() {
    super("No such case.", null, false, false);
  }
}
