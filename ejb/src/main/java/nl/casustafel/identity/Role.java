package nl.casustafel.identity;

/** The roles of DOMAIN.md. All but {@link #PLATFORM_ADMIN} are granted per tenant. */
public enum Role {
  ZVH_MANAGER,
  CASE_DIRECTOR,
  CARE_COORDINATOR,
  PARTNER_MEMBER,
  MUNICIPAL_LIAISON,
  AUDITOR,
  PLATFORM_ADMIN;

  /** The roles granted per tenant: all but {@link #PLATFORM_ADMIN}, in declaration order. */
  public static java.util.List<Role> tenantRoles() {
    return java.util.Arrays.stream(values()).filter(r -> r != PLATFORM_ADMIN).toList();
  }
}
