package nl.casustafel.registry;

import jakarta.persistence.EntityManager;
import java.util.List;
import nl.casustafel.casefile.Case;
import nl.casustafel.casefile.Client;

/**
 * Moves a client's links — cases, referrals, aliases — to another client, within the caller's
 * transaction. Cases and referrals move as entities (EclipseLink adds the tenant); aliases, which
 * have no entity, by native statements that name the tenant themselves, since EclipseLink does not
 * add it to native SQL.
 */
final class MergeLinks {

  private final EntityManager em;
  private final String tenant;

  MergeLinks(EntityManager em, String tenant) {
    this.em = em;
    this.tenant = tenant;
  }

  /** Moves every link of {@code from} to {@code to}; what moved, for the merge record. */
  ClientMerge.Moved move(Client from, Client to) {
    List<Case> cases =
        em.createQuery("SELECT c FROM Casus c WHERE c.client = :from ORDER BY c.id", Case.class)
            .setParameter("from", from)
            .getResultList();
    cases.forEach(c -> c.moveToClient(to));
    List<Referral> referrals =
        em.createQuery(
                "SELECT r FROM Referral r WHERE r.client = :from ORDER BY r.id", Referral.class)
            .setParameter("from", from.id())
            .getResultList();
    referrals.forEach(r -> r.movedTo(to.id()));
    List<Long> aliases = aliases(from.id());
    aliases.forEach(a -> moveAlias(a, from.id(), to.id()));
    return new ClientMerge.Moved(
        cases.stream().map(c -> c.id().value()).toList(),
        referrals.stream().map(Referral::id).toList(),
        aliases);
  }

  /** Moves back what a merge moved, as far as it is still on {@code to}. */
  void moveBack(ClientMerge.Moved moved, Client to, Client from) {
    for (long id : moved.cases()) {
      Case kase = em.find(Case.class, id);
      if (kase != null && kase.clientId() == to.id()) {
        kase.moveToClient(from);
      }
    }
    for (long id : moved.referrals()) {
      Referral referral = em.find(Referral.class, id);
      if (referral != null && referral.client().filter(c -> c == to.id()).isPresent()) {
        referral.movedTo(from.id());
      }
    }
    moved.aliases().forEach(a -> moveAlias(a, to.id(), from.id()));
  }

  private List<Long> aliases(long client) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id FROM client_alias WHERE tenant_id = ? AND client_id = ? ORDER BY id")
            .setParameter(1, tenant)
            .setParameter(2, client)
            .getResultList();
    return rows.stream().map(r -> ((Number) r).longValue()).toList();
  }

  private void moveAlias(long alias, long from, long to) {
    em.createNativeQuery(
            "UPDATE client_alias SET client_id = ? WHERE tenant_id = ? AND id = ? AND client_id = ?")
        .setParameter(1, to)
        .setParameter(2, tenant)
        .setParameter(3, alias)
        .setParameter(4, from)
        .executeUpdate();
  }
}
