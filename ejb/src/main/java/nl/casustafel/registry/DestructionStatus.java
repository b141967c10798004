package nl.casustafel.registry;

/**
 * Where a destruction list is: PROPOSED by the daily job or the manager, APPROVED and at once
 * EXECUTED by the ZVH manager (in one transaction), or REJECTED — superseded by a newer proposal
 * before anyone approved it.
 */
public enum DestructionStatus {
  PROPOSED,
  APPROVED,
  EXECUTED,
  REJECTED
}
