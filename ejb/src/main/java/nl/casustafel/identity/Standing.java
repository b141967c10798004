package nl.casustafel.identity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.casustafel.tenant.TenantId;

/**
 * What the platform knows about a person beyond their token: roles taken away and tenants suspended
 * since it was issued. A token lives minutes, a sign-in session hours; a removal must count from
 * the next request (issue #15, part 3), so every request's user passes through here.
 */
@Stateless
public class Standing {

  /** Marks a suspended tenant in the one query's result instead of a role. */
  private static final String SUSPENDED = "*";

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  /**
   * The user without revoked roles and suspended tenants: one query of two small tables.
   *
   * @throws jakarta.persistence.PersistenceException when the database cannot answer (fail closed:
   *     the request fails rather than trust a possibly revoked role)
   */
  public CurrentUser of(CurrentUser fromToken) {
    if (fromToken.tenants().isEmpty()) {
      return fromToken; // A platform admin or a user without tenants: nothing to take away.
    }
    Map<TenantId, Set<Role>> revoked = new HashMap<>();
    Set<TenantId> suspended = new HashSet<>();
    for (Object row : rows(fromToken.subject())) {
      Object[] cells = (Object[]) row;
      TenantId tenant = new TenantId((String) cells[0]);
      if (SUSPENDED.equals(cells[1])) {
        suspended.add(tenant);
      } else {
        revoked
            .computeIfAbsent(tenant, t -> EnumSet.noneOf(Role.class))
            .add(Role.valueOf((String) cells[1]));
      }
    }
    return fromToken.standing(revoked, suspended);
  }

  @SuppressWarnings("unchecked")
  private List<Object> rows(String subject) {
    return em.createNativeQuery(
            "SELECT tenant_id, role FROM role_revocation WHERE subject = ?"
                + " UNION ALL SELECT id, '"
                + SUSPENDED
                + "' FROM tenant WHERE status = 'SUSPENDED'")
        .setParameter(1, subject)
        .getResultList();
  }

  /** Takes a role away from the next request on (kept until the role is granted again). */
  public void revoke(String subject, TenantId tenant, Role role, Instant at) {
    em.createNativeQuery(
            "INSERT INTO role_revocation (subject, tenant_id, role, revoked_at) VALUES (?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE revoked_at = revoked_at")
        .setParameter(1, subject)
        .setParameter(2, tenant.value())
        .setParameter(3, role.name())
        .setParameter(4, nl.casustafel.shared.UtcColumns.toColumn(at))
        .executeUpdate();
  }

  /** A role granted (again): an earlier revocation of it no longer counts. */
  public void restore(String subject, TenantId tenant, Role role) {
    em.createNativeQuery(
            "DELETE FROM role_revocation WHERE subject = ? AND tenant_id = ? AND role = ?")
        .setParameter(1, subject)
        .setParameter(2, tenant.value())
        .setParameter(3, role.name())
        .executeUpdate();
  }
}
