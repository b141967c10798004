package nl.casustafel.covenant;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.casustafel.audit.AdminLog;
import nl.casustafel.covenant.version.CovenantTerms;
import nl.casustafel.covenant.version.DraftProblem;
import nl.casustafel.covenant.version.DraftRules;
import nl.casustafel.covenant.version.EffectPreview;
import nl.casustafel.covenant.version.MembershipTerms;
import nl.casustafel.covenant.version.TermsDiff;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;
import nl.casustafel.tenant.TenantId;

/**
 * Covenant versions kept by the ZVH manager (issue #15, part 4): draft a new version from the one
 * in force, edit it, review its diff and effect, adopt it with the day it takes force, record the
 * partners' signatures (toetredingen). Adopted versions never change and stay readable; every
 * disclosure's log entry names the version it rested on. Every change is a CONFIGURE event.
 */
@Stateless
@TenantScoped
public class CovenantVersions {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext context;
  @Inject private Clock clock;
  @EJB private AdminLog changes;

  /**
   * Every version, newest first: members of the tenant see adopted ones, its manager drafts too.
   */
  public List<Covenant> versions(CurrentUser user) {
    boolean manager = PDP.refusalToKeepTenant(user, tenant()).isEmpty();
    return em
        .createQuery("SELECT c FROM Covenant c ORDER BY c.version DESC", Covenant.class)
        .getResultList()
        .stream()
        .filter(c -> manager || c.status() == CovenantStatus.ADOPTED)
        .toList();
  }

  /** One version as {@link #versions} shows it; empty when unknown or not visible. */
  public Optional<Covenant> version(CurrentUser user, int version) {
    return versions(user).stream().filter(c -> c.version() == version).findFirst();
  }

  /**
   * A new draft: a copy of the version in force (or an empty first version), unsigned.
   *
   * @throws IllegalStateException (409) when a draft exists already: one draft at a time
   */
  public Covenant draft(CurrentUser user) {
    refuseUnlessManager(user, "convenantversie opstellen");
    List<Covenant> all = versions(user);
    if (all.stream().anyMatch(c -> c.status() == CovenantStatus.DRAFT)) {
      throw new IllegalStateException("Version " + all.get(0).version() + " is a draft already.");
    }
    // From the newest adopted version, also one scheduled for a later day: a new version builds on
    // it, so that it never silently undoes a change already adopted.
    CovenantTerms from = newestAdopted().map(CovenantTerms::of).orElseGet(CovenantVersions::empty);
    Covenant draft =
        Covenant.draft(
            tenant(),
            from.title(),
            all.isEmpty() ? 1 : all.get(0).version() + 1,
            from.retentionMonths(),
            user.username(),
            today());
    draft.redraft(from.title(), from.retentionMonths(), from.articles());
    em.persist(draft);
    em.flush();
    replaceMemberships(draft, from);
    changes.record(
        tenant(), user, "Convenant: versie " + draft.version() + " opgesteld", "-", "concept");
    return draft;
  }

  /**
   * Replaces the draft's terms.
   *
   * @throws IllegalStateException (409) when the version is adopted
   * @throws IllegalArgumentException when a grant rests on no article
   */
  public Covenant redraft(CurrentUser user, int version, CovenantTerms terms) {
    refuseUnlessManager(user, "convenantversie wijzigen");
    Covenant draft = found(user, version);
    CovenantTerms before = CovenantTerms.of(draft);
    draft.redraft(terms.title(), terms.retentionMonths(), terms.articles());
    replaceMemberships(draft, terms);
    changes.record(
        tenant(),
        user,
        "Convenant: concept versie " + version + " gewijzigd",
        TermsDiff.between(before, terms).size() + " wijzigingen",
        terms.title());
    return found(user, version);
  }

  /** The draft's changes, effect on open cases, unsigned partners and broken rules. */
  public DraftReview review(CurrentUser user, int version, LocalDate takesForce) {
    refuseUnlessManager(user, "convenantversie beoordelen");
    Covenant draft = found(user, version);
    // Against the newest adopted version as it will stand (signed memberships valid that day):
    // the one in force today, or one already scheduled, which this draft would follow.
    Optional<Covenant> inForce = newestAdopted();
    CovenantTerms was =
        inForce
            .map(c -> CovenantTerms.of(c, c.validFrom().isAfter(today()) ? c.validFrom() : today()))
            .orElseGet(CovenantVersions::empty);
    CovenantTerms will = CovenantTerms.of(draft);
    var diff = TermsDiff.between(was, will);
    List<String> unsigned =
        draft.memberships().stream()
            .filter(m -> m.signedOn().isEmpty())
            .map(m -> m.partner().value())
            .sorted()
            .toList();
    List<DraftProblem> problems =
        draft.status() == CovenantStatus.DRAFT ? problems(will, takesForce) : List.of();
    return new DraftReview(
        version,
        inForce.map(Covenant::version).orElse(0),
        diff,
        EffectPreview.of(diff, openCasesPerPartner()),
        unsigned,
        problems);
  }

  /**
   * Adopts the draft: it takes force on {@code takesForce} (Amsterdam day).
   *
   * @throws IllegalArgumentException listing the rules the draft breaks
   * @throws IllegalStateException (409) when the version is adopted already
   */
  public Covenant adopt(CurrentUser user, int version, LocalDate takesForce) {
    refuseUnlessManager(user, "convenantversie vaststellen");
    Covenant draft = found(user, version);
    List<DraftProblem> problems = problems(CovenantTerms.of(draft), takesForce);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "The draft breaks rules: "
              + problems.stream().map(p -> p.rule().name()).distinct().toList());
    }
    newestAdopted()
        .filter(latest -> takesForce.isBefore(latest.validFrom()))
        .ifPresent(
            latest -> {
              throw new IllegalArgumentException(
                  "takesForce cannot lie before version "
                      + latest.version()
                      + " takes force ("
                      + latest.validFrom()
                      + ").");
            });
    draft.adopt(takesForce, user.username(), clock.instant());
    draft.memberships().forEach(m -> em.find(CovenantMembership.class, m.id()).startOn(takesForce));
    changes.record(
        tenant(),
        user,
        "Convenant: versie " + version + " vastgesteld",
        "concept",
        "in werking per " + takesForce);
    return draft;
  }

  /**
   * Records a partner's signature on a version: the day (not after today) and who signed.
   *
   * @throws IllegalArgumentException when the partner is no member of the version, the day lies
   *     ahead or the signer is blank
   */
  public void sign(CurrentUser user, int version, PartnerId partner, String signer, LocalDate on) {
    refuseUnlessManager(user, "toetreding vastleggen");
    if (on.isAfter(today())) {
      throw new IllegalArgumentException("signedOn cannot lie after today.");
    }
    Covenant covenant = found(user, version);
    CovenantMembership membership =
        covenant.memberships().stream()
            .filter(m -> m.partner().equals(partner))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        partner + " is no party to version " + version + "."));
    if (membership.signedOn().isPresent()) {
      throw new IllegalStateException(partner + " signed version " + version + " already.");
    }
    em.find(CovenantMembership.class, membership.id()).sign(on, signer);
    changes.record(
        tenant(),
        user,
        "Convenant: toetreding " + partner + " op versie " + version,
        "niet ondertekend",
        "ondertekend " + on + " door " + signer.strip());
  }

  /**
   * Throws the draft away.
   *
   * @throws IllegalStateException (409) when the version is adopted: adopted versions stay
   */
  public void discard(CurrentUser user, int version) {
    refuseUnlessManager(user, "concept verwijderen");
    Covenant draft = found(user, version);
    if (draft.status() != CovenantStatus.DRAFT) {
      throw new IllegalStateException("Version " + version + " is adopted and stays.");
    }
    removeMemberships(draft);
    em.remove(draft);
    changes.record(
        tenant(), user, "Convenant: concept versie " + version + " verwijderd", "concept", "-");
  }

  /** The rules the draft breaks, taking force on the day given (Amsterdam), today by the clock. */
  private List<DraftProblem> problems(CovenantTerms draft, LocalDate takesForce) {
    return DraftRules.check(draft, takesForce, today());
  }

  /**
   * Stores the terms' memberships in the draft. A partner whose terms did not change keeps its
   * signature: saving the editor must not undo the signatures recorded on the draft.
   *
   * @throws IllegalArgumentException when a party does not work in the tenant
   */
  private void replaceMemberships(Covenant draft, CovenantTerms terms) {
    var tenantPartners = partnersOfTenant();
    Map<String, CovenantMembership> before = new TreeMap<>();
    draft.memberships().forEach(m -> before.put(m.partner().value(), m));
    removeMemberships(draft);
    terms
        .memberships()
        .forEach(
            (partner, m) -> {
              if (!tenantPartners.contains(partner)) {
                throw new IllegalArgumentException(
                    "partner " + partner + " does not work in this region.");
              }
              CovenantMembership row = VersionRows.membership(new PartnerId(partner), m, today());
              CovenantMembership old = before.get(partner);
              if (old != null && old.signedOn().isPresent() && MembershipTerms.of(old).equals(m)) {
                row.sign(old.signedOn().get(), old.signedBy().orElse("-"));
              }
              em.persist(row.in(draft));
            });
    em.flush();
    em.refresh(draft);
  }

  /** The ids of the partners working in the tenant (tenant_partner has no entity of its own). */
  private java.util.Set<String> partnersOfTenant() {
    return em.find(nl.casustafel.tenant.Tenant.class, tenant().value()).partners().stream()
        .map(p -> p.getId().value())
        .collect(java.util.stream.Collectors.toSet());
  }

  /** The newest adopted version, whether in force yet or scheduled: what a new version replaces. */
  private Optional<Covenant> newestAdopted() {
    return em
        .createQuery(
            "SELECT c FROM Covenant c WHERE c.status = :adopted ORDER BY c.version DESC",
            Covenant.class)
        .setParameter("adopted", CovenantStatus.ADOPTED)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  private void removeMemberships(Covenant draft) {
    for (CovenantMembership m : draft.memberships()) {
      em.remove(em.find(CovenantMembership.class, m.id()));
    }
    em.flush();
  }

  /** Per partner: open cases (not closed) it takes part in now. Counts only; no case content. */
  private Map<String, Long> openCasesPerPartner() {
    SortedMap<String, Long> counts = new TreeMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.partner_id, COUNT(DISTINCT p.case_id) FROM case_participation p"
                    + " JOIN case_file c ON c.id = p.case_id AND c.tenant_id = p.tenant_id"
                    + " WHERE p.tenant_id = ? AND p.revoked_at IS NULL AND c.status <> 'CLOSED'"
                    + " GROUP BY p.partner_id")
            .setParameter(1, tenant().value())
            .getResultList();
    rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
    return counts;
  }

  private Covenant found(CurrentUser user, int version) {
    return version(user, version)
        .orElseThrow(
            () -> new IllegalArgumentException("No version " + version + " of the covenant."));
  }

  private void refuseUnlessManager(CurrentUser user, String what) {
    changes.refuseIf(tenant(), user, PDP.refusalToKeepTenant(user, tenant()), what);
  }

  private TenantId tenant() {
    return context.current().orElseThrow();
  }

  private LocalDate today() {
    return AmsterdamTime.today(clock);
  }

  private static CovenantTerms empty() {
    return new CovenantTerms("Privacyconvenant", 24, new TreeMap<>(), new TreeMap<>());
  }
}
