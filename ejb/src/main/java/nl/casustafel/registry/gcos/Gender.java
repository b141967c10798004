package nl.casustafel.registry.gcos;

/** Gender as GCOS records it (M, V, X, Onbekend); the client record may adopt it. */
public enum Gender {
  MALE,
  FEMALE,
  /** Neither male nor female (the X of the Dutch passport). */
  X,
  UNKNOWN
}
