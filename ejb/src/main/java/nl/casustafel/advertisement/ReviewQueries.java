package nl.casustafel.advertisement;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;

/**
 * The questions the reviews' service asks of the database, in one tenant: the entities through JPQL
 * (EclipseLink adds the tenant), the region's partners through native SQL naming the tenant.
 */
final class ReviewQueries {

  private final EntityManager em;
  private final TenantId tenant;

  ReviewQueries(EntityManager em, TenantId tenant) {
    this.em = em;
    this.tenant = tenant;
  }

  /** The newest reviews, at most {@code limit}. */
  List<AdvertisementReview> latest(int limit) {
    return em.createQuery(
            "SELECT r FROM AdvertisementReview r ORDER BY r.reviewedOn DESC, r.id DESC",
            AdvertisementReview.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The newest reviews handed to the partner, at most {@code limit}. */
  List<AdvertisementReview> handedTo(PartnerId partner, int limit) {
    return em.createQuery(
            "SELECT r FROM AdvertisementReview r WHERE r.id IN (SELECT h.reviewId FROM"
                + " AdvertisementHandover h WHERE h.toPartner = :partner)"
                + " ORDER BY r.reviewedOn DESC, r.id DESC",
            AdvertisementReview.class)
        .setParameter("partner", partner.value())
        .setMaxResults(limit)
        .getResultList();
  }

  /** The partner a review was handed to as its municipality; empty when none (or no review). */
  Optional<PartnerId> municipalityOf(long reviewId) {
    return handovers(List.of(reviewId)).stream()
        .filter(h -> h.step() == HandoverStep.TO_MUNICIPALITY)
        .map(AdvertisementHandover::toPartner)
        .findFirst();
  }

  /** The steps taken on a review, in order. */
  List<HandoverStep> steps(long reviewId) {
    return handovers(List.of(reviewId)).stream().map(AdvertisementHandover::step).toList();
  }

  /** The reviews as rows, with their hand-overs (one query for all). */
  List<ReviewRow> rows(List<AdvertisementReview> reviews) {
    if (reviews.isEmpty()) {
      return List.of();
    }
    Map<Long, List<ReviewRow.Step>> steps =
        handovers(reviews.stream().map(AdvertisementReview::id).toList()).stream()
            .collect(
                Collectors.groupingBy(
                    AdvertisementHandover::reviewId,
                    Collectors.mapping(
                        h ->
                            new ReviewRow.Step(
                                h.step(), h.toPartner().value(), h.note(), h.handedAt()),
                        Collectors.toList())));
    return reviews.stream()
        .map(
            r ->
                new ReviewRow(
                    r.id(),
                    r.website(),
                    r.reviewedOn(),
                    r.ageBand(),
                    r.gender(),
                    r.indicators(),
                    r.notes(),
                    r.verdict(),
                    r.municipality(),
                    steps.getOrDefault(r.id(), List.of())))
        .toList();
  }

  /** The region's partner that is the municipality. */
  Optional<PartnerId> partnerOf(String municipality) {
    return strings(
            "SELECT p.id FROM partner p JOIN tenant_partner tp ON tp.partner_id = p.id"
                + " WHERE tp.tenant_id = ?1 AND p.municipality = ?2 ORDER BY p.id",
            municipality)
        .stream()
        .findFirst()
        .map(PartnerId::new);
  }

  /** The region's police partner (the first, by id). */
  Optional<PartnerId> police() {
    return strings(
            "SELECT p.id FROM partner p JOIN tenant_partner tp ON tp.partner_id = p.id"
                + " WHERE tp.tenant_id = ?1 AND p.kind = 'POLICE' ORDER BY p.id")
        .stream()
        .findFirst()
        .map(PartnerId::new);
  }

  private List<AdvertisementHandover> handovers(List<Long> reviewIds) {
    return em.createQuery(
            "SELECT h FROM AdvertisementHandover h WHERE h.reviewId IN :ids ORDER BY h.id",
            AdvertisementHandover.class)
        .setParameter("ids", reviewIds)
        .getResultList();
  }

  private List<String> strings(String sql, Object... more) {
    var q = em.createNativeQuery(sql).setParameter(1, tenant.value());
    for (int i = 0; i < more.length; i++) {
      q.setParameter(i + 2, more[i]);
    }
    return ((List<?>) q.getResultList()).stream().map(String::valueOf).toList();
  }
}
