package nl.casustafel.conference;

/** A paragraph of the minutes: what was discussed, or what was decided (besluit). */
public enum ParagraphKind {
  DISCUSSION,
  DECISION
}
