package nl.casustafel.advertisement;

/** The gender the advertisement presents: V(rouw), M(an), X (other), ONBEKEND (not stated). */
public enum AdvertiserGender {
  V,
  M,
  X,
  ONBEKEND
}
