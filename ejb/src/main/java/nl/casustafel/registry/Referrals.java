package nl.casustafel.registry;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantDirectory;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.Clocks;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;
import nl.casustafel.tenant.Tenant;
import nl.casustafel.tenant.TenantDirectory;

/**
 * Referrals (aanmeldingen) by partners and signals registered by the ZVH: received into the
 * tenant's triage queue for the weekly triage, the person registered as a client at once (an exact
 * BSN match is the same client). A referrer sees its own organisation's referrals and their
 * outcome, nothing more. Triage itself: {@link Triage}.
 */
@Stateless
@TenantScoped
public class Referrals {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @EJB private CovenantDirectory covenants;
  @EJB private TenantDirectory tenants;
  @Inject private RegistryAudit audit;
  @Inject private PersonRegister persons;
  @Inject private Clock clock;

  /**
   * A partner refers a case (aanmelding).
   *
   * @throws AccessRefused when the user may not refer in this tenant (logged)
   * @throws IllegalArgumentException when the form is invalid (nothing stored)
   */
  public Referral refer(CurrentUser user, ReferralForm form) {
    Instant now = now();
    Optional<Decision.Deny> refusal =
        PDP.refusalToRefer(user, tenant.current().orElseThrow(), covenant(now), now);
    refuseIf(user, refusal, now);
    if (form.person().isEmpty()) {
      throw new IllegalArgumentException("person: a referral names the person it is about.");
    }
    return receive(user, form, SignalSource.REFERRAL, now);
  }

  /**
   * ZVH staff register a signal from another source; it may be anonymous (no person).
   *
   * @throws AccessRefused when the user is not ZVH staff of the tenant (logged)
   * @throws IllegalArgumentException when the form is invalid or the source is REFERRAL
   */
  public Referral registerSignal(CurrentUser user, SignalSource source, ReferralForm form) {
    Instant now = now();
    refuseIf(user, PDP.refusalToTriage(user, tenant.current().orElseThrow()), now);
    if (!source.signal()) {
      throw new IllegalArgumentException(
          "source: a signal comes from a source other than REFERRAL.");
    }
    return receive(user, form, source, now);
  }

  /** Whether the user may refer cases in this tenant (to offer the form; the PDP). */
  public boolean mayRefer(CurrentUser user) {
    Instant now = now();
    return PDP.refusalToRefer(user, tenant.current().orElseThrow(), covenant(now), now).isEmpty();
  }

  /** The case types the tenant works with (the form offers only these). */
  public List<nl.casustafel.casefile.CaseType> caseTypes() {
    Tenant region = tenants.find(tenant.current().orElseThrow()).orElseThrow();
    return region.caseTypes().stream().map(nl.casustafel.casefile.CaseType::valueOf).toList();
  }

  /** The referrals of the user's own organisation in this tenant, newest first; no person data. */
  public List<ReferralReceipt> mine(CurrentUser user) {
    Instant now = now();
    refuseIf(
        user, PDP.refusalToRefer(user, tenant.current().orElseThrow(), covenant(now), now), now);
    return em
        .createQuery(
            "SELECT r FROM Referral r WHERE r.referrer = :partner AND r.source = :source"
                + " ORDER BY r.receivedAt DESC, r.id DESC",
            Referral.class)
        .setParameter("partner", user.partner().orElseThrow().value())
        .setParameter("source", SignalSource.REFERRAL)
        .setMaxResults(500)
        .getResultList()
        .stream()
        .map(ReferralReceipt::of)
        .toList();
  }

  private Referral receive(CurrentUser user, ReferralForm form, SignalSource source, Instant now) {
    Tenant region = tenants.find(tenant.current().orElseThrow()).orElseThrow();
    if (!region.works(form.caseType().name())) {
      throw new IllegalArgumentException(
          "caseType: this region does not work with " + form.caseType() + " cases.");
    }
    Referral referral =
        new Referral(
            form,
            source,
            new Referral.Received(now, user.username(), user.partner().orElseThrow()),
            new TriageCutoff(
                    region.triageCutoffDay(), region.triageCutoffTime(), region.triageDay())
                .triageDateFor(now));
    Optional<PersonRegister.Registered> person = form.person().map(p -> persons.register(p, now));
    em.persist(referral);
    em.flush();
    referral.name(AmsterdamTime.dayOf(now).getYear());
    person.ifPresent(p -> referral.about(p.client().id(), p.repeat()));
    em.flush();
    audit.received(user, referral, categoriesOf(form), now);
    return referral;
  }

  private static Set<DataCategory> categoriesOf(ReferralForm form) {
    Set<DataCategory> categories = EnumSet.of(DataCategory.IDENTIFYING, DataCategory.SOCIAL);
    form.person()
        .filter(p -> p.details().address().isPresent() || p.details().phone().isPresent())
        .ifPresent(p -> categories.add(DataCategory.CONTACT));
    return categories;
  }

  private void refuseIf(CurrentUser user, Optional<Decision.Deny> refusal, Instant now) {
    if (refusal.isPresent()) {
      audit.refused(user, null, refusal.get(), now);
      throw new AccessRefused(refusal.get());
    }
  }

  private Optional<Covenant> covenant(Instant now) {
    return covenants.inForce(AmsterdamTime.dayOf(now));
  }

  private Instant now() {
    return Clocks.now(clock);
  }
}
