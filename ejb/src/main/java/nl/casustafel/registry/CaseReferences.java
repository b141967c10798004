package nl.casustafel.registry;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.shared.AmsterdamTime;

/**
 * Case references of one tenant: the type's prefix, the Amsterdam year and a number of at least
 * three digits, e.g. MH-2026-009. One instance numbers the cases of one transaction (an import
 * opens thousands); two transactions opening a case of one type at the same moment collide on the
 * unique reference, and the second gets an error and is tried again by its user.
 */
final class CaseReferences {

  private final EntityManager em;
  private final Map<String, Integer> last = new HashMap<>();

  CaseReferences(EntityManager em) {
    this.em = em;
  }

  /** The next free reference of the type for a case opened at {@code at}. */
  String next(CaseType type, Instant at) {
    String prefix = type.prefix() + "-" + AmsterdamTime.dayOf(at).getYear() + "-";
    int next = last.computeIfAbsent(prefix, this::highest) + 1;
    last.put(prefix, next);
    return prefix + String.format("%03d", next);
  }

  /** The highest number in use after the prefix (longest reference first: 1000 after 999). */
  private int highest(String prefix) {
    return em
        .createQuery(
            "SELECT c.reference FROM Casus c WHERE c.reference LIKE :prefix"
                + " ORDER BY LENGTH(c.reference) DESC, c.reference DESC",
            String.class)
        .setParameter("prefix", prefix + "%")
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .map(r -> Integer.parseInt(r.substring(prefix.length())))
        .orElse(0);
  }
}
