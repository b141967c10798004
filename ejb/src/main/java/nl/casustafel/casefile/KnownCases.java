package nl.casustafel.casefile;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.shared.PageRequest;

/**
 * The cases one user may know, asked of the database so that a list page is one query however many
 * cases the tenant has (issue #14: paged in SQL, a constant number of statements per page). The
 * condition mirrors the participation rule of {@link
 * nl.casustafel.policy.PolicyDecisionPoint#mayKnow}: the user's partner takes part in the case at
 * {@code now} (invited, not yet ended, not revoked), or the user runs cases and has broken the
 * glass on it, still valid. The decision point keeps the last word on every row it returns; the
 * user-level checks (member of the tenant, a role that sees cases) are the caller's, through the
 * gate.
 *
 * <p>A search narrows by what its text could match (reference, the client's name, date of birth,
 * BSN index): a superset of what {@link CaseQuery#matches} accepts, which still decides, since what
 * of the client may be compared depends on what the decision point discloses to the reader.
 */
final class KnownCases {

  private static final String PARTICIPATING =
      "EXISTS (SELECT p.id FROM CaseParticipation p WHERE p.kase = c AND p.partner = :partner"
          + " AND p.invitedAt <= :now AND (p.until IS NULL OR p.until > :now)"
          + " AND (p.revokedAt IS NULL OR p.revokedAt > :now))";
  private static final String EMERGENCY =
      "EXISTS (SELECT b.id FROM BreakGlass b WHERE b.kase = c AND b.subject = :subject"
          + " AND b.openedAt <= :now AND b.until > :now)";

  private final EntityManager em;
  private final CaseGate gate;

  KnownCases(EntityManager em, CaseGate gate) {
    this.em = em;
    this.gate = gate;
  }

  /**
   * One page, in reference order. The clients follow in one batch query ({@code @BatchFetch} on
   * {@link Case#client}), not by a join: joined, MariaDB may read every case of the tenant once per
   * client before it sorts (measured at 1,000 cases: 8 s a page).
   */
  List<Case> page(int first, int size) {
    return select("SELECT c FROM Casus c", "", Case.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /** How many cases the condition admits. */
  long count() {
    return select("SELECT COUNT(c) FROM Casus c", "", Long.class).getSingleResult();
  }

  /** Every case whose reference or client could match the search, in reference order. */
  List<Case> matching(CaseQuery query) {
    StringBuilder match = new StringBuilder(" AND (LOWER(c.reference) LIKE :fragment");
    match.append(" OR LOWER(c.client.name) LIKE :fragment");
    query.dateOfBirth().ifPresent(d -> match.append(" OR c.client.dateOfBirth = :dateOfBirth"));
    query.bsnIndex().ifPresent(i -> match.append(" OR c.client.bsnIndex = :bsnIndex"));
    match.append(')');
    TypedQuery<Case> select =
        select("SELECT c FROM Casus c JOIN FETCH c.client", match.toString(), Case.class)
            .setParameter("fragment", PageRequest.containing(query.fragment()));
    query.dateOfBirth().ifPresent(d -> select.setParameter("dateOfBirth", d));
    query.bsnIndex().ifPresent(i -> select.setParameter("bsnIndex", i));
    return select.getResultList();
  }

  private <T> TypedQuery<T> select(String head, String and, Class<T> type) {
    CurrentUser user = gate.user();
    boolean emergency = gate.runsCases();
    String order = type == Case.class ? " ORDER BY c.reference, c.id" : "";
    String where = " WHERE (" + PARTICIPATING + (emergency ? " OR " + EMERGENCY : "") + ")";
    TypedQuery<T> query = em.createQuery(head + where + and + order, type);
    query.setParameter("partner", user.partner().orElseThrow().value());
    query.setParameter("now", gate.now());
    if (emergency) {
      query.setParameter("subject", user.subject());
    }
    return query;
  }
}
