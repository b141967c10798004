package nl.casustafel.covenant;

/**
 * How a partner joined the covenant: a core partner sits at every table; an ad-hoc partner is
 * invited for one case and signs a confidentiality statement for it first.
 */
public enum MembershipRole {
  CORE,
  AD_HOC
}
