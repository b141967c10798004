package nl.casustafel.conference;

/** Where a conference stands: planned (may move), cancelled, or held with its minutes final. */
public enum ConferenceStatus {
  PLANNED,
  CANCELLED,
  FINALISED
}
