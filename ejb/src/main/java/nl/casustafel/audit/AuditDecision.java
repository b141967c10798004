package nl.casustafel.audit;

/**
 * What the policy decision point decided about the logged act; stored (and hashed) by its name, so
 * the names never change.
 */
public enum AuditDecision {
  PERMIT,
  DENY;

  /**
   * The decision a stored name stands for.
   *
   * @throws IllegalArgumentException when the name is neither PERMIT nor DENY (a broken row)
   */
  public static AuditDecision of(String name) {
    if (PERMIT.name().equals(name)) {
      return PERMIT;
    }
    if (DENY.name().equals(name)) {
      return DENY;
    }
    throw new IllegalArgumentException("decision is PERMIT or DENY: " + name);
  }
}
