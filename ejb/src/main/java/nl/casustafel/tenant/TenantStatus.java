package nl.casustafel.tenant;

/** Whether a region can be entered. A suspended region keeps its data; nobody signs in to it. */
public enum TenantStatus {
  ACTIVE,
  SUSPENDED
}
