package nl.casustafel.casefile.trafficking;

/**
 * The residence procedure for victims of trafficking (B8 of the Vreemdelingencirculaire):
 * reflection period, temporary permit, continued permit, or refused.
 */
public enum ResidenceProcedure {
  REFLECTION_PERIOD,
  TEMPORARY_PERMIT,
  CONTINUED_PERMIT,
  REFUSED
}
