package nl.casustafel.advertisement;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.ReportLog;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.Clocks;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;
import nl.casustafel.tenant.TenantId;

/**
 * The advertisement reviews of the request's tenant (issue #13, part 2): the ketenregisseur records
 * them and hands a risky one to the municipality where it was placed; that municipality's
 * aandachtfunctionaris sees the reviews handed to it, enriches them and may forward them to the
 * police, whose members then see them too. Every hand-over is appended ({@link
 * AdvertisementHandover}) and logged as SHARE; every reading by a receiver as READ, one event per
 * review shown; every refusal as DENY.
 */
@Stateless
@TenantScoped
public class AdvertisementReviews {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @Inject private Clock clock;
  @EJB private ReportLog log;
  @EJB private nl.casustafel.tenant.TenantDirectory tenants;

  /**
   * Records a review and, when it is risky, hands it to its municipality at once.
   *
   * @return the new review's id
   * @throws IllegalArgumentException naming the field that breaks a rule (nothing stored)
   * @throws nl.casustafel.policy.AccessRefused when the user is not a case director (logged)
   */
  public long record(CurrentUser user, ReviewForm form) {
    TenantId t = tenant();
    log.refuseIf(t, user, PDP.refusalToReviewAdvertisements(user, t), "advertentiebeoordeling");
    Instant now = Clocks.now(clock);
    ReviewForm checked =
        form.check(AmsterdamTime.dayOf(now), tenants.find(t).orElseThrow().municipalities());
    AdvertisementReview review = new AdvertisementReview(checked, user.username(), now);
    em.persist(review);
    em.flush();
    log.record(t, user, AuditAction.CREATE, subject(review.id()) + " " + review.verdict());
    if (review.verdict() == Verdict.RISKY) {
      handOver(user, review, HandoverStep.TO_MUNICIPALITY, null, now);
    }
    return review.id();
  }

  /**
   * The newest reviews of the tenant, at most {@code limit} (the ketenregisseur's list).
   *
   * @throws nl.casustafel.policy.AccessRefused when the user is not a case director (logged)
   */
  public List<ReviewRow> recorded(CurrentUser user, int limit) {
    TenantId t = tenant();
    log.refuseIf(t, user, PDP.refusalToReviewAdvertisements(user, t), "advertentiebeoordelingen");
    return queries().rows(queries().latest(limit));
  }

  /**
   * The reviews handed to the user's organisation, newest first; each one shown is logged (READ).
   *
   * @throws nl.casustafel.policy.AccessRefused when nothing can be handed to the user (logged)
   */
  public List<ReviewRow> handedToMe(CurrentUser user, int limit) {
    TenantId t = tenant();
    Optional<PartnerId> partner = user.partner();
    Set<PartnerId> mine = partner.map(Set::of).orElse(Set.of());
    log.refuseIf(t, user, PDP.refusalToSeeHandedReview(user, t, mine), "advertentiebeoordelingen");
    List<ReviewRow> rows = queries().rows(queries().handedTo(partner.orElseThrow(), limit));
    log.recordEach(t, user, AuditAction.READ, rows.stream().map(r -> subject(r.id())).toList());
    return rows;
  }

  /**
   * The next step on a review by the liaison of the municipality it was handed to: ENRICHED (with a
   * note) or TO_POLICE.
   *
   * @throws CaseUnknown when the tenant has no such review, or it was not handed to the user's
   *     municipality, or the user is not its liaison: the same answer, so nobody learns which
   *     reviews exist (logged as DENY)
   * @throws IllegalStateException when the step may not follow the steps taken (nothing changed)
   * @throws IllegalArgumentException when the note is missing or too long
   */
  public void step(CurrentUser user, long reviewId, HandoverStep step, String note) {
    TenantId t = tenant();
    Optional<Decision.Deny> refusal =
        PDP.refusalToStepReview(user, t, queries().municipalityOf(reviewId));
    if (refusal.isPresent()) {
      log.deny(t, user, refusal.get(), subject(reviewId));
      throw new CaseUnknown();
    }
    AdvertisementReview review = find(reviewId);
    if (step == HandoverStep.TO_MUNICIPALITY) {
      throw new IllegalStateException("The review is with the municipality already.");
    }
    handOver(user, review, step, note, Clocks.now(clock));
  }

  private void handOver(
      CurrentUser user, AdvertisementReview review, HandoverStep step, String note, Instant at) {
    List<HandoverStep> taken = queries().steps(review.id());
    if (!step.mayFollow(taken)) {
      throw new IllegalStateException("This review cannot be handed over that way (now).");
    }
    PartnerId to = step == HandoverStep.TO_POLICE ? police() : municipalityPartner(review);
    em.persist(new AdvertisementHandover(review.id(), step, to, note, user.username(), at));
    log.record(
        tenant(), user, AuditAction.SHARE, subject(review.id()) + " " + step + " " + to.value());
  }

  private PartnerId municipalityPartner(AdvertisementReview review) {
    String municipality =
        review
            .municipality()
            .orElseThrow(() -> new IllegalStateException("The review names no municipality."));
    return queries()
        .partnerOf(municipality)
        .orElseThrow(
            () -> new IllegalStateException("No partner of the region is " + municipality + "."));
  }

  private PartnerId police() {
    return queries()
        .police()
        .orElseThrow(() -> new IllegalStateException("The region has no police partner."));
  }

  private AdvertisementReview find(long id) {
    return Optional.ofNullable(
            em.find(AdvertisementReview.class, id, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(CaseUnknown::new);
  }

  /** The log's subject of a review: not a person, the advertisement. */
  static String subject(long reviewId) {
    return "advertentie-" + reviewId;
  }

  private ReviewQueries queries() {
    return new ReviewQueries(em, tenant());
  }

  private TenantId tenant() {
    return tenant.current().orElseThrow();
  }
}
