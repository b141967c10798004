package nl.casustafel.api.registry;

import nl.casustafel.api.Params;
import nl.casustafel.partner.PartnerId;

/** Partner ids in bodies: a malformed one is a 400 naming the field, not a 500. */
final class ReferralJsonIds {

  private ReferralJsonIds() {}

  static PartnerId partner(String field, String id) {
    try {
      return new PartnerId(id);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          field + " must hold partner ids; not one: " + Params.excerpt(id));
    }
  }
}
