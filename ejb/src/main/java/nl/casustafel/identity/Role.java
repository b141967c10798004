package nl.casustafel.identity;

/** The roles of DOMAIN.md. All but {@link #PLATFORM_ADMIN} are granted per tenant. */
public enum Role {
  ZVH_MANAGER,
  CASE_DIRECTOR,
  CARE_COORDINATOR,
  PARTNER_MEMBER,
  MUNICIPAL_LIAISON,
  AUDITOR,
  PLATFORM_ADMIN
}
