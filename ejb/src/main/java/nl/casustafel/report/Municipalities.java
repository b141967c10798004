package nl.casustafel.report;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.casustafel.identity.CurrentUser;

/**
 * Which municipality a user's organisation is: a MUNICIPALITY partner names the municipality it is
 * ({@code partner.municipality}); its aandachtfunctionaris follows that municipality.
 */
final class Municipalities {

  private Municipalities() {}

  /** The municipality the user's partner is, or empty (no partner, or not a municipality). */
  static Optional<String> of(EntityManager em, CurrentUser user) {
    if (user.partner().isEmpty()) {
      return Optional.empty(); // no organisation, no municipality
    }
    List<?> rows =
        em.createNativeQuery("SELECT municipality FROM partner WHERE id = ?1")
            .setParameter(1, user.partner().get().value())
            .getResultList();
    return rows.stream().filter(java.util.Objects::nonNull).map(String::valueOf).findFirst();
  }
}
