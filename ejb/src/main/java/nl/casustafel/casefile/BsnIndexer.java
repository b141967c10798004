package nl.casustafel.casefile;

import java.util.Optional;

/**
 * Turns a typed BSN into its keyed blind index in a tenant, so that case search can find a client
 * by BSN without the number ever being stored, compared or logged in the clear. Implemented by the
 * registry, which holds the key.
 */
public interface BsnIndexer {

  /**
   * @param tenant the tenant's id
   * @param digits nine digits as typed
   * @return the blind index, or empty when the digits fail the elfproef (never an exception that
   *     could carry the number)
   */
  Optional<String> indexOf(String tenant, String digits);
}
