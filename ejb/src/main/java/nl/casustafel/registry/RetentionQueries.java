package nl.casustafel.registry;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.casustafel.casefile.Case;

/**
 * What retention reads, in the persistence context's tenant (EclipseLink's discriminator filters
 * every SELECT here; only bulk DELETE/UPDATE go through {@link TenantBulk}). Reads ids and dates,
 * never a name.
 */
final class RetentionQueries {

  private final EntityManager em;

  RetentionQueries(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em is required.");
  }

  /**
   * Every case the tenant holds. Selects the entity (whose accessors give type and status) with its
   * client's id as a column, so that no person is loaded.
   */
  List<RetainedCase> heldCases() {
    return em
        .createQuery("SELECT c, c.client.id FROM Casus c", Object[].class)
        .getResultList()
        .stream()
        .map(row -> retained((Case) row[0], ((Number) row[1]).longValue()))
        .toList();
  }

  private static RetainedCase retained(Case c, long clientId) {
    return new RetainedCase(
        c.id().value(),
        clientId,
        c.reference(),
        c.type(),
        c.exploitationForm(),
        c.status(),
        c.openedAt(),
        c.closedAt());
  }

  /** The persons with a referral or signal that waits for triage. */
  Set<Long> clientsWaiting() {
    return new HashSet<>(
        em.createQuery(
                "SELECT r.client FROM Referral r WHERE r.outcome IS NULL AND r.client IS NOT NULL",
                Long.class)
            .getResultList());
  }

  /** The tenant's proposals, newest first. */
  List<DestructionList> proposals() {
    return em.createQuery(
            "SELECT l FROM DestructionList l WHERE l.status = :status ORDER BY l.id DESC",
            DestructionList.class)
        .setParameter("status", DestructionStatus.PROPOSED)
        .getResultList();
  }

  /** Whether the tenant has a list for the Amsterdam day, in any state. */
  boolean hasListFor(java.time.LocalDate day) {
    return !em.createQuery(
            "SELECT l.id FROM DestructionList l WHERE l.builtForDay = :day", Long.class)
        .setParameter("day", day)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** A list's entries, in the order they were added. */
  List<DestructionEntry> entries(long listId) {
    return em.createQuery(
            "SELECT e FROM DestructionEntry e WHERE e.listId = :list ORDER BY e.id",
            DestructionEntry.class)
        .setParameter("list", listId)
        .getResultList();
  }

  /** The stored counts of destroyed cases. */
  List<DestroyedCount> destroyedCounts() {
    return em.createQuery("SELECT d FROM DestroyedCount d", DestroyedCount.class).getResultList();
  }
}
