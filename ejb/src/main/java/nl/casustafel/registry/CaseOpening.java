package nl.casustafel.registry;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.casefile.Case;
import nl.casustafel.casefile.Client;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.PolicyDecisionPoint;

/**
 * Opens the case a triage decided on: the next reference of its type and year (Amsterdam), the lead
 * partner, and participations for the director's own organisation, the lead and the partners to
 * invite — each must have a valid membership of the covenant in force (the decision point's {@code
 * invitable}); otherwise nothing is stored.
 */
@Dependent
public class CaseOpening {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private RegistryAudit audit;

  /**
   * @throws IllegalArgumentException for an anonymous signal, or a lead or partner that cannot be
   *     invited
   */
  Case open(
      CurrentUser user,
      Referral referral,
      TriageDecision decision,
      Optional<Covenant> covenant,
      Instant now) {
    Client client =
        referral
            .client()
            .map(id -> em.find(Client.class, id))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "An anonymous signal cannot open a case: register the person first."));
    PartnerId own = user.partner().orElseThrow();
    PartnerId lead = decision.lead().orElse(own);
    Set<PartnerId> partners = new LinkedHashSet<>();
    partners.add(own);
    partners.add(lead);
    partners.addAll(decision.invite());
    Set<PartnerId> invitable = PDP.invitable(covenant, now);
    for (PartnerId partner : partners) {
      if (!invitable.contains(partner)) {
        throw new IllegalArgumentException(
            "invite: " + partner.value() + " has no valid membership of the covenant.");
      }
    }
    Case kase =
        Case.open(
            new CaseReferences(em).next(referral.caseType(), now),
            referral.caseType(),
            decision.exploitationForm().orElse(null),
            lead,
            client,
            now,
            user.username());
    kase.openedFrom(referral.id());
    partners.forEach(p -> kase.invite(p, user.username(), now, null));
    em.persist(kase);
    em.flush();
    audit.caseOpened(user, referral, kase, partners, now);
    return kase;
  }
}
