package nl.casustafel.api.registry;

import nl.casustafel.partner.PartnerId;

/** Partner ids in bodies: a malformed one is a 400 naming the rule, not a 500. */
final class ReferralJsonIds {

  private ReferralJsonIds() {}

  static PartnerId partner(String id) {
    try {
      return new PartnerId(id);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "Not a partner id: " + nl.casustafel.api.Params.excerpt(id));
    }
  }
}
