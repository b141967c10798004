package nl.casustafel.covenant;

/**
 * A covenant version is drafted, then adopted with the day it takes force; adopted never changes.
 */
public enum CovenantStatus {
  DRAFT,
  ADOPTED
}
