package nl.casustafel.partner;

import nl.casustafel.shared.Slug;

/** Identifies a partner organisation; equal to its Keycloak organization alias. */
public record PartnerId(String value) {

  public PartnerId {
    Slug.require(value, "Partner id");
  }

  @Override
  public String toString() {
    return value;
  }
}
