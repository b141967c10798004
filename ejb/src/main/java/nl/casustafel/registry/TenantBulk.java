package nl.casustafel.registry;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one way retention runs a bulk DELETE or UPDATE: as native SQL with the tenant appended as a
 * bound condition, {@code WHERE (condition) AND tenant_id = ?n}. EclipseLink has dropped the
 * multitenant discriminator from bulk UPDATE/DELETE queries in known cases, so no bulk statement
 * relies on it; the parentheses keep an OR in the condition from escaping the tenant.
 */
public final class TenantBulk {

  private static final Pattern PLAIN_PARAMETER = Pattern.compile("\\?(?!\\d)");

  private final EntityManager em;
  private final String tenant;

  public TenantBulk(EntityManager em, String tenant) {
    this.em = Objects.requireNonNull(em, "em is required.");
    this.tenant = Objects.requireNonNull(tenant, "tenant is required.");
    if (tenant.isBlank()) {
      throw new IllegalArgumentException("tenant must not be blank.");
    }
  }

  /**
   * Runs the statement in the tenant, within the caller's transaction.
   *
   * @param statement {@code DELETE FROM t WHERE …} or {@code UPDATE t SET … WHERE …} with the
   *     parameters numbered ?1 … ?n
   * @param parameters the values of ?1 … ?n
   * @return the rows changed
   */
  public int execute(String statement, Object... parameters) {
    Query query = em.createNativeQuery(withTenant(statement, parameters.length));
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    query.setParameter(parameters.length + 1, tenant);
    return query.executeUpdate();
  }

  /**
   * The statement with the tenant's condition as parameter {@code ?(parameters + 1)}.
   *
   * @throws IllegalArgumentException for anything but a DELETE or UPDATE with a WHERE clause and
   *     numbered parameters, or one that names tenant_id itself
   */
  static String withTenant(String statement, int parameters) {
    String upper = statement.toUpperCase(Locale.ROOT);
    if (!upper.startsWith("DELETE FROM ") && !upper.startsWith("UPDATE ")) {
      throw new IllegalArgumentException("statement must be a DELETE or UPDATE: " + statement);
    }
    int where = upper.indexOf(" WHERE ");
    if (where < 0) {
      throw new IllegalArgumentException("statement must have a WHERE clause: " + statement);
    }
    if (upper.contains("TENANT_ID") || upper.contains(";") || upper.contains("--")) {
      throw new IllegalArgumentException("statement must leave the tenant to us: " + statement);
    }
    if (PLAIN_PARAMETER.matcher(statement).find()
        || (parameters > 0 && !statement.contains("?" + parameters))) {
      throw new IllegalArgumentException("statement must number its parameters ?1…?n.");
    }
    return statement.substring(0, where)
        + " WHERE ("
        + statement.substring(where + " WHERE ".length())
        + ") AND tenant_id = ?"
        + (parameters + 1);
  }
}
