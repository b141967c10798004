package nl.casustafel.casefile;

/** The ZVH's scopes (DOMAIN.md); human trafficking is built out first. */
public enum CaseType {
  HUMAN_TRAFFICKING,
  TOP_X,
  MDA_PLUS_PLUS,
  CONFUSED_AND_DANGEROUS,
  RADICALISATION,
  EX_DETAINEE_REINTEGRATION
}
