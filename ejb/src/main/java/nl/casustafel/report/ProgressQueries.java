package nl.casustafel.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.shared.UtcColumns;
import nl.casustafel.tenant.TenantId;

/**
 * The rows a progress report counts, read by native SQL in one tenant, one period and optionally
 * one municipality (the municipality where the exploitation took place; for reviews, where the
 * advertisement was placed). Only what is counted leaves the database: codes, days, never a name.
 * Instants and days are read as text ({@code DATE_FORMAT}) so no JVM time zone touches them.
 */
final class ProgressQueries {

  private static final String CASES =
      " FROM case_file c WHERE c.tenant_id = ?1 AND c.type = 'HUMAN_TRAFFICKING'"
          + " AND c.opened_at >= ?2 AND c.opened_at < ?3";
  private static final String IN_MUNICIPALITY = " AND c.exploitation_municipality = ?4";

  private final EntityManager em;
  private final TenantId tenant;
  private final Period period;
  private final Optional<String> municipality;

  ProgressQueries(EntityManager em, TenantId tenant, Period period, Optional<String> municipality) {
    this.em = Objects.requireNonNull(em);
    this.tenant = Objects.requireNonNull(tenant);
    this.period = Objects.requireNonNull(period);
    this.municipality = Objects.requireNonNull(municipality);
  }

  /** Per case opened in the period: form, municipality, signal source (null when unknown). */
  List<Object[]> situations() {
    return rows(
        "SELECT c.exploitation_form, c.exploitation_municipality,"
            + " (SELECT r.source FROM referral r WHERE r.id = c.referral_id"
            + " AND r.tenant_id = c.tenant_id)"
            + CASES
            + where());
  }

  /**
   * Per person with a case opened in the period: gender, birth date (yyyy-mm-dd), estimated birth
   * year, nationality, and the UTC time of their first such case (yyyy-mm-dd hh:mm:ss).
   */
  List<Object[]> victims() {
    return rows(
        "SELECT p.gender, DATE_FORMAT(p.date_of_birth, '%Y-%m-%d'), p.estimated_birth_year,"
            + " p.nationality, DATE_FORMAT(MIN(c.opened_at), '%Y-%m-%d %H:%i:%s')"
            + " FROM case_file c JOIN client p ON p.id = c.client_id AND p.tenant_id = c.tenant_id"
            + CASES.substring(" FROM case_file c".length())
            + where()
            + " GROUP BY p.id, p.gender, p.date_of_birth, p.estimated_birth_year, p.nationality");
  }

  /** Per advertisement reviewed in the period: the verdict and the advertiser's age band. */
  List<Object[]> advertisements() {
    Query q =
        em.createNativeQuery(
            "SELECT a.verdict, a.advertiser_age_band FROM advertisement_review a"
                + " WHERE a.tenant_id = ?1 AND a.reviewed_on >= ?2 AND a.reviewed_on <= ?3"
                + (municipality.isPresent() ? " AND a.municipality = ?4" : ""));
    q.setParameter(1, tenant.value()).setParameter(2, period.from()).setParameter(3, period.to());
    municipality.ifPresent(m -> q.setParameter(4, m));
    return list(q);
  }

  /**
   * Per care trajectory of a trafficking case that started or ended in the period: its kind, start
   * and end day (yyyy-mm-dd, end null while it runs).
   */
  List<Object[]> care() {
    Query q =
        em.createNativeQuery(
            "SELECT e.kind, DATE_FORMAT(e.started_on, '%Y-%m-%d'),"
                + " DATE_FORMAT(e.ended_on, '%Y-%m-%d')"
                + " FROM care_episode e JOIN case_file c ON c.id = e.case_id"
                + " AND c.tenant_id = e.tenant_id"
                + " WHERE e.tenant_id = ?1 AND c.type = 'HUMAN_TRAFFICKING'"
                + " AND ((e.started_on >= ?2 AND e.started_on <= ?3)"
                + " OR (e.ended_on >= ?2 AND e.ended_on <= ?3))"
                + (municipality.isPresent() ? IN_MUNICIPALITY : ""));
    q.setParameter(1, tenant.value()).setParameter(2, period.from()).setParameter(3, period.to());
    municipality.ifPresent(m -> q.setParameter(4, m));
    return list(q);
  }

  /**
   * Per case opened in the period, oldest first, what the CoMensha export lists: form, sector,
   * nationality, birth date (yyyy-mm-dd), estimated birth year, gender, the UTC opening time
   * (yyyy-mm-dd hh:mm:ss), the reporting partner's name, the signal source, the victim status, and
   * — for the log only, never the export — the case and client ids.
   */
  List<Object[]> coMensha() {
    String referral = " FROM referral r WHERE r.id = c.referral_id AND r.tenant_id = c.tenant_id";
    return rows(
        "SELECT c.exploitation_form, c.exploitation_sector, p.nationality,"
            + " DATE_FORMAT(p.date_of_birth, '%Y-%m-%d'), p.estimated_birth_year, p.gender,"
            + " DATE_FORMAT(c.opened_at, '%Y-%m-%d %H:%i:%s'),"
            + " (SELECT pa.name FROM referral r JOIN partner pa ON pa.id = r.referrer_partner_id"
            + " WHERE r.id = c.referral_id AND r.tenant_id = c.tenant_id),"
            + " (SELECT r.source"
            + referral
            + "), c.victim_status, c.id, c.client_id"
            + " FROM case_file c JOIN client p ON p.id = c.client_id AND p.tenant_id = c.tenant_id"
            + CASES.substring(" FROM case_file c".length())
            + where()
            + " ORDER BY c.opened_at, c.id");
  }

  private String where() {
    return municipality.isPresent() ? IN_MUNICIPALITY : "";
  }

  private List<Object[]> rows(String sql) {
    Query q = em.createNativeQuery(sql);
    q.setParameter(1, tenant.value())
        .setParameter(2, UtcColumns.toColumn(period.start()))
        .setParameter(3, UtcColumns.toColumn(period.end()));
    municipality.ifPresent(m -> q.setParameter(4, m));
    return list(q);
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> list(Query q) {
    return (List<Object[]>) q.getResultList();
  }

  /** A day read as text, or empty. */
  static Optional<LocalDate> day(Object text) {
    return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text.toString()));
  }

  /** A UTC time read as text (yyyy-mm-dd hh:mm:ss) as its Amsterdam day. */
  static LocalDate amsterdamDay(Object utcText) {
    LocalDateTime utc = LocalDateTime.parse(utcText.toString().replace(' ', 'T'));
    return nl.casustafel.shared.AmsterdamTime.dayOf(utc.toInstant(ZoneOffset.UTC));
  }
}
