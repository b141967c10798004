package nl.casustafel.identity;

/** The roles of DOMAIN.md. All but {@link #PLATFORM_ADMIN} are granted per tenant. */
public enum Role {
  ZVH_MANAGER,
  CASE_DIRECTOR,
  CARE_COORDINATOR,
  PARTNER_MEMBER,
  /**
   * A partner's coordinator: works on cases as a partner member, and keeps the people of their own
   * organisation in the tenant (invites colleagues, takes their roles away; issue #15, part 3).
   */
  PARTNER_COORDINATOR,
  MUNICIPAL_LIAISON,
  AUDITOR,
  PLATFORM_ADMIN;

  /**
   * Whether the role is work of the ZVH itself, so held only by people of the tenant's own ZVH
   * organisation: running the tenant, directing and coordinating cases, auditing the log
   * (DOMAIN.md, roles). A partner's people are partner members or municipal liaisons.
   */
  public boolean ofTheZvhItself() {
    return this == ZVH_MANAGER
        || this == CASE_DIRECTOR
        || this == CARE_COORDINATOR
        || this == AUDITOR;
  }

  /** The roles granted per tenant: all but {@link #PLATFORM_ADMIN}, in declaration order. */
  public static java.util.List<Role> tenantRoles() {
    return java.util.Arrays.stream(values()).filter(r -> r != PLATFORM_ADMIN).toList();
  }
}
