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

  /** A participation {@code p} of the partner, active at {@code now} (Participation.activeAt). */
  private static final String PARTNER_ACTIVE =
      "p.partner = :partner AND p.invitedAt <= :now"
          + " AND (p.until IS NULL OR p.until > :now)"
          + " AND (p.revokedAt IS NULL OR p.revokedAt > :now)";

  /** As {@link #PARTNER_ACTIVE}, in case {@code c}. */
  private static final String ACTIVE = "p.kase = c AND " + PARTNER_ACTIVE;

  private static final String PARTICIPATING =
      "EXISTS (SELECT p.id FROM CaseParticipation p WHERE " + ACTIVE + ")";

  /**
   * {@link #PARTICIPATING} as a count per case, for a page: MariaDB turns an EXISTS into a
   * semi-join or a materialised table of all the partner's participations (23,000 at national
   * scale: 11–38 ms a page), where this form probes the index once per case read along the
   * reference (0.5 ms for the first page; issue #14, measured). A search keeps the EXISTS: it reads
   * every candidate.
   */
  private static final String PARTICIPATING_PROBE =
      "(SELECT COUNT(p.id) FROM CaseParticipation p WHERE " + ACTIVE + ") > 0";

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
    return select("SELECT c FROM Casus c", PARTICIPATING_PROBE, "")
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /**
   * How many cases the condition admits, counted from the partner's participations (an index range)
   * plus the cases open to the user by break-the-glass only: asked per case instead, the count took
   * 0.9 s for 23,000 cases (issue #14, measured).
   */
  long count() {
    CurrentUser user = gate.user();
    String partner = user.partner().orElseThrow().value();
    long participating =
        em.createQuery(
                "SELECT COUNT(DISTINCT p.caseId) FROM CaseParticipation p WHERE " + PARTNER_ACTIVE,
                Long.class)
            .setParameter("partner", partner)
            .setParameter("now", gate.now())
            .getSingleResult();
    if (!gate.runsCases()) {
      return participating;
    }
    return participating
        + em.createQuery(
                "SELECT COUNT(DISTINCT b.kase.id) FROM BreakGlass b WHERE b.subject = :subject"
                    + " AND b.openedAt <= :now AND b.until > :now AND NOT EXISTS (SELECT p.id"
                    + " FROM CaseParticipation p WHERE "
                    + "p.kase = b.kase AND "
                    + PARTNER_ACTIVE
                    + ")",
                Long.class)
            .setParameter("partner", partner)
            .setParameter("subject", user.subject())
            .setParameter("now", gate.now())
            .getSingleResult();
  }

  /** Every case whose reference or client could match the search, in reference order. */
  List<Case> matching(CaseQuery query) {
    StringBuilder match = new StringBuilder(" AND (LOWER(c.reference) LIKE :fragment");
    match.append(" OR LOWER(c.client.name) LIKE :fragment");
    query.dateOfBirth().ifPresent(d -> match.append(" OR c.client.dateOfBirth = :dateOfBirth"));
    query.bsnIndex().ifPresent(i -> match.append(" OR c.client.bsnIndex = :bsnIndex"));
    match.append(')');
    TypedQuery<Case> select =
        select("SELECT c FROM Casus c JOIN FETCH c.client", PARTICIPATING, match.toString())
            .setParameter("fragment", PageRequest.containing(query.fragment()));
    query.dateOfBirth().ifPresent(d -> select.setParameter("dateOfBirth", d));
    query.bsnIndex().ifPresent(i -> select.setParameter("bsnIndex", i));
    return select.getResultList();
  }

  private TypedQuery<Case> select(String head, String participating, String and) {
    CurrentUser user = gate.user();
    boolean emergency = gate.runsCases();
    // The reference alone: unique in the tenant, so the order is total, and MariaDB then reads
    // the page along uq_case_reference (with ", c.id" it sorted all 23,000 cases: 0.3 s).
    String order = " ORDER BY c.reference";
    String where = " WHERE (" + participating + (emergency ? " OR " + EMERGENCY : "") + ")";
    TypedQuery<Case> query = em.createQuery(head + where + and + order, Case.class);
    query.setParameter("partner", user.partner().orElseThrow().value());
    query.setParameter("now", gate.now());
    if (emergency) {
      query.setParameter("subject", user.subject());
    }
    return query;
  }
}
