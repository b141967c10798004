package nl.casustafel.casefile;

/** The ZVH's scopes (DOMAIN.md); human trafficking is built out first. */
public enum CaseType {
  HUMAN_TRAFFICKING("MH"),
  TOP_X("TX"),
  MDA_PLUS_PLUS("MDA"),
  CONFUSED_AND_DANGEROUS("VGG"),
  RADICALISATION("RAD"),
  EX_DETAINEE_REINTEGRATION("EXD");

  private final String prefix;

  CaseType(String prefix) {
    this.prefix = prefix;
  }

  /** The start of this type's case references, e.g. MH in MH-2026-007. */
  public String prefix() {
    return prefix;
  }
}
