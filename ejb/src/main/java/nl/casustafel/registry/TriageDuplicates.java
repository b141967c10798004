package nl.casustafel.registry;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.casefile.Client;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantDirectory;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;
import nl.casustafel.registry.DuplicateScore.Match;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.Clocks;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;
import nl.casustafel.tenant.TenantId;

/**
 * Likely duplicates of a referred person, proposed to the ZVH's staff at triage so that the case
 * director can merge them ({@link PersonMerge}). Showing a candidate discloses its IDENTIFYING data
 * (name, date of birth): the decision point decides it on the triage basis ({@link
 * PolicyDecisionPoint#decideOnReferral}); where it refuses, no candidate is shown at all. Every
 * candidate shown is a SEARCH event about that candidate.
 */
@Stateless
@TenantScoped
public class TriageDuplicates {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @EJB private CovenantDirectory covenants;
  @Inject private DuplicateFinder finder;
  @Inject private PersonAudit audit;
  @Inject private Clock clock;

  /**
   * A likely duplicate as shown: the candidate's client id, why and how likely, and its IDENTIFYING
   * data as disclosed.
   */
  public record Candidate(
      long client, Match match, Outcome<String> name, Outcome<Optional<LocalDate>> dateOfBirth) {}

  /**
   * The likely duplicates of the referral's person, most likely first (none for an anonymous
   * signal).
   *
   * @throws AccessRefused when the user is not ZVH staff of the tenant (logged)
   * @throws CaseUnknown when there is no such referral in the tenant
   */
  public List<Candidate> of(CurrentUser user, long referralId) {
    Instant now = Clocks.now(clock);
    Optional<Decision.Deny> refusal = PDP.refusalToTriage(user, tenant());
    if (refusal.isPresent()) {
      audit.refused(user, "duplicates", refusal.get(), now);
      throw new AccessRefused(refusal.get());
    }
    Referral referral =
        Optional.ofNullable(em.find(Referral.class, referralId)).orElseThrow(CaseUnknown::new);
    Optional<Client> person = referral.client().map(id -> em.find(Client.class, id));
    Optional<Covenant> covenant = covenants.inForce(AmsterdamTime.dayOf(now));
    Decision decision =
        PDP.decideOnReferral(
            user, tenant(), covenant, DataCategory.IDENTIFYING, Purpose.CASE_CONFERENCE, now);
    List<Candidate> shown =
        decision instanceof Decision.Permit && person.isPresent()
            ? finder.of(person.get()).stream()
                .map(r -> shown(user, r, covenant, now))
                .filter(c -> c.name().disclosed().isPresent())
                .toList()
            : List.of();
    audit.duplicates(
        user,
        referral,
        shown.stream().map(TriageDuplicates::logged).toList(),
        decision instanceof Decision.Deny deny ? deny : null,
        now);
    return shown;
  }

  private Candidate shown(
      CurrentUser user,
      DuplicateScore.Ranked<Client> ranked,
      Optional<Covenant> covenant,
      Instant now) {
    Client c = ranked.candidate();
    return new Candidate(
        c.id(),
        ranked.match(),
        PDP.discloseOnReferral(user, tenant(), covenant, DataCategory.IDENTIFYING, now, c::name),
        PDP.discloseOnReferral(
            user, tenant(), covenant, DataCategory.IDENTIFYING, now, c::dateOfBirth));
  }

  private static PersonAudit.Shown logged(Candidate c) {
    return new PersonAudit.Shown(c.client(), c.name().disclosed().orElseThrow().basis().number());
  }

  private TenantId tenant() {
    return tenant.current().orElseThrow();
  }
}
