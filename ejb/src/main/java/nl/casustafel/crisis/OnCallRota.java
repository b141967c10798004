package nl.casustafel.crisis;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Time;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import nl.casustafel.audit.AdminLog;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.shared.Clocks;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;
import nl.casustafel.tenant.TenantId;

/**
 * The on-call rota and the office hours of the request's tenant (issue #13, part 3). Every member
 * of the tenant reads who is reachable; the ZVH's manager, case directors and care coordinators
 * keep the rota and the hours, each change a CONFIGURE event in the tenant's log.
 */
@Stateless
@TenantScoped
public class OnCallRota {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @Inject private Clock clock;
  @EJB private AdminLog log;

  /**
   * The shifts that have not ended, soonest first (at most 100).
   *
   * @throws AccessRefused when the user is no member of the tenant (not logged: no data)
   */
  public List<OnCallShift> current(CurrentUser user) {
    Optional<Decision.Deny> refusal = PDP.refusalToReadRota(user, tenant());
    if (refusal.isPresent()) {
      throw new AccessRefused(refusal.get()); // not logged: the rota holds no personal data
    }
    return em.createQuery(
            "SELECT s FROM OnCallShift s WHERE s.endsAt > :now ORDER BY s.startsAt, s.id",
            OnCallShift.class)
        .setParameter("now", Clocks.now(clock))
        .setMaxResults(100)
        .getResultList();
  }

  /**
   * Adds a shift.
   *
   * @throws IllegalArgumentException naming the field that breaks a rule (nothing stored)
   * @throws AccessRefused when the user does not keep the rota (logged)
   */
  public OnCallShift add(
      CurrentUser user, Duty duty, String person, String phone, Instant starts, Instant ends) {
    log.refuseIf(tenant(), user, PDP.refusalToKeepRota(user, tenant()), "bereikbaarheidsdienst");
    OnCallShift shift =
        new OnCallShift(duty, person, phone, starts, ends, user.username(), Clocks.now(clock));
    em.persist(shift);
    em.flush();
    log.record(tenant(), user, "Dienst toegevoegd: " + duty, "-", starts + ".." + ends);
    return shift;
  }

  /** Whether the user sets the office hours (to offer the form; the decision point). */
  public boolean maySetOfficeHours(CurrentUser user) {
    return PDP.refusalToSetOfficeHours(user, tenant()).isEmpty();
  }

  /** Whether the user keeps the rota (to offer the form; the decision point). */
  public boolean mayKeep(CurrentUser user) {
    return PDP.refusalToKeepRota(user, tenant()).isEmpty();
  }

  /** The tenant's office hours (Amsterdam time, Monday to Friday). */
  public OfficeHours officeHours() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT TIME_FORMAT(office_opens, '%H:%i'), TIME_FORMAT(office_closes, '%H:%i')"
                        + " FROM tenant WHERE id = ?1")
                .setParameter(1, tenant().value())
                .getSingleResult();
    return new OfficeHours(LocalTime.parse(row[0].toString()), LocalTime.parse(row[1].toString()));
  }

  /**
   * Sets the office hours (Amsterdam wall-clock times, Monday to Friday).
   *
   * @throws IllegalArgumentException when the office closes before it opens (nothing changed)
   * @throws AccessRefused when the user is not the ZVH manager (logged)
   */
  public void setOfficeHours(CurrentUser user, LocalTime opens, LocalTime closes) {
    log.refuseIf(tenant(), user, PDP.refusalToSetOfficeHours(user, tenant()), "kantoortijden");
    OfficeHours hours = new OfficeHours(opens, closes);
    OfficeHours before = officeHours();
    em.createNativeQuery("UPDATE tenant SET office_opens = ?1, office_closes = ?2 WHERE id = ?3")
        .setParameter(1, Time.valueOf(hours.opens()))
        .setParameter(2, Time.valueOf(hours.closes()))
        .setParameter(3, tenant().value())
        .executeUpdate();
    log.record(tenant(), user, "Kantoortijden", text(before), text(hours));
  }

  private static String text(OfficeHours hours) {
    return hours.opens() + "-" + hours.closes();
  }

  private TenantId tenant() {
    return tenant.current().orElseThrow();
  }
}
