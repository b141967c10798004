package nl.casustafel.crisis;

/**
 * Who is on call: the care coordinator (zorgcoördinator) or the ketenregisseur (case director),
 * today reachable 24/7 for a victim in crisis.
 */
public enum Duty {
  CARE_COORDINATOR,
  CASE_DIRECTOR
}
