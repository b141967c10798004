package nl.casustafel.advertisement;

/**
 * A sign in an advertisement that the advertiser may be exploited (the ketenregisseur's pick list,
 * after the indicators of the 2019 evaluation: the same phone in several ads, looks younger than
 * 21, no own contact details).
 */
public enum Indicator {
  SAME_PHONE_SEVERAL_ADS,
  LOOKS_YOUNGER_THAN_21,
  NO_OWN_CONTACT_DETAILS,
  THIRD_PARTY_WRITES,
  CHANGING_LOCATIONS,
  LOW_PRICE,
  UNSAFE_SERVICES,
  NO_LANGUAGE
}
