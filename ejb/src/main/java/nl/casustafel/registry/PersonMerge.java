package nl.casustafel.registry;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.casefile.Client;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.shared.Clocks;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;

/**
 * The case director merges two persons of the tenant that are one (issue #10, part 6): every case,
 * referral and alias of the merged client moves to the survivor, the merged client keeps a pointer
 * to it, and a {@link ClientMerge} record lists what moved, so that an undo moves exactly that
 * back. All of it in the call's one transaction: a failure half-way rolls everything back. Each a
 * logged UPDATE about both persons.
 */
@Stateless
@TenantScoped
public class PersonMerge {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @Inject private PersonAudit audit;
  @Inject private Clock clock;

  /**
   * Merges {@code person} into {@code into}.
   *
   * @throws AccessRefused when the user is not the tenant's case director (logged)
   * @throws CaseUnknown when either person is not a client of the tenant
   * @throws IllegalArgumentException for the same person twice, a person merged before, two persons
   *     with different BSNs, or a reason of fewer than 3 or more than 1,000 characters (nothing
   *     stored)
   */
  public ClientMerge merge(CurrentUser user, long person, long into, String reason) {
    Instant now = now();
    refuseIf(user, "merge", now);
    ClientMerge.REASON.check(reason);
    if (person == into) {
      throw new IllegalArgumentException("into must be another person than the one merged.");
    }
    Client from = client(person);
    Client survivor = client(into);
    if (from.mergedInto().isPresent()) {
      throw new IllegalArgumentException("person was merged into another person already.");
    }
    if (survivor.mergedInto().isPresent()) {
      throw new IllegalArgumentException("into was merged into another person itself.");
    }
    if (from.bsnIndex().isPresent()
        && survivor.bsnIndex().isPresent()
        && !from.bsnIndex().equals(survivor.bsnIndex())) {
      // One person has one BSN: two different numbers are two people, whatever their names.
      throw new IllegalArgumentException("into has another BSN: these are two people.");
    }
    ClientMerge.Moved moved = new MergeLinks(em, tenant()).move(from, survivor);
    from.mergedInto(survivor.id());
    ClientMerge merge = new ClientMerge(person, into, user.username(), now, reason, moved);
    em.persist(merge);
    em.flush();
    audit.merged(user, merge, false, now);
    return merge;
  }

  /**
   * Undoes the latest merge of {@code person}: the links it moved go back (those still on the
   * survivor), the pointer is cleared, the record is marked undone.
   *
   * @throws AccessRefused when the user is not the tenant's case director (logged)
   * @throws CaseUnknown when the person is not a client of the tenant
   * @throws IllegalArgumentException when the person has no merge to undo, or its survivor was
   *     merged on (undo that first)
   */
  public ClientMerge undo(CurrentUser user, long person) {
    Instant now = now();
    refuseIf(user, "merge undo", now);
    Client from = client(person);
    ClientMerge merge =
        active(person)
            .orElseThrow(() -> new IllegalArgumentException("person has no merge to undo."));
    Client survivor = client(merge.into());
    if (survivor.mergedInto().isPresent()) {
      throw new IllegalArgumentException(
          "person: the survivor was merged on; undo that merge first.");
    }
    new MergeLinks(em, tenant()).moveBack(merge.moved(), survivor, from);
    from.mergedInto(null);
    merge.undo(user.username(), now);
    em.flush();
    audit.merged(user, merge, true, now);
    return merge;
  }

  /** Whether the user may merge persons (the PDP: the case director). */
  public boolean mayMerge(CurrentUser user) {
    return PDP.refusalToDirect(user, tenant.current().orElseThrow()).isEmpty();
  }

  private Optional<ClientMerge> active(long person) {
    List<ClientMerge> merges =
        em.createQuery(
                "SELECT m FROM ClientMerge m WHERE m.from = :from AND m.undoneAt IS NULL"
                    + " ORDER BY m.id DESC",
                ClientMerge.class)
            .setParameter("from", person)
            .setMaxResults(1)
            .getResultList();
    return merges.stream().findFirst();
  }

  private Client client(long id) {
    return Optional.ofNullable(em.find(Client.class, id)).orElseThrow(CaseUnknown::new);
  }

  private void refuseIf(CurrentUser user, String act, Instant now) {
    Optional<Decision.Deny> refusal = PDP.refusalToDirect(user, tenant.current().orElseThrow());
    if (refusal.isPresent()) {
      audit.refused(user, act, refusal.get(), now);
      throw new AccessRefused(refusal.get());
    }
  }

  private String tenant() {
    return tenant.current().orElseThrow().value();
  }

  private Instant now() {
    return Clocks.now(clock);
  }
}
