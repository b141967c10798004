package nl.casustafel.policy;

import jakarta.ejb.ApplicationException;

/**
 * The policy decision point refused an act the caller may know about (a write or act on a case they
 * know, a read of the log); nothing changed. The API answers 403 with the reason.
 */
@ApplicationException(rollback = true)
public class AccessRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Decision.Deny deny;

  public AccessRefused(Decision.Deny deny) {
    super("Refused: " + deny.reason(), null, false, false);
    this.deny = deny;
  }

  public Decision.Deny deny() {
    return deny;
  }
}
