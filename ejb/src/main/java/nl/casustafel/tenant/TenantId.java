package nl.casustafel.tenant;

import nl.casustafel.shared.Slug;

/** Identifies a tenant (ZVH region), e.g. {@code zvh-gv}. */
public record TenantId(String value) {

  public TenantId {
    Slug.require(value, "Tenant id");
  }

  @Override
  public String toString() {
    return value;
  }
}
