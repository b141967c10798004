package nl.casustafel.casefile;

import jakarta.ejb.ApplicationException;
import nl.casustafel.policy.Decision;

/**
 * The policy decision point refused a write or an act on a case the caller knows; nothing changed.
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
