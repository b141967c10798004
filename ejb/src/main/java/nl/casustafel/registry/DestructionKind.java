package nl.casustafel.registry;

/** What kind of record a destruction list names: a case, or a person (client). */
public enum DestructionKind {
  CASE,
  CLIENT
}
