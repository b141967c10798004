package nl.casustafel.report;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.ReportLog;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.report.suppression.Published;
import nl.casustafel.report.suppression.SmallCellSuppression;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;
import nl.casustafel.tenant.TenantDirectory;
import nl.casustafel.tenant.TenantId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The progress report (voortgangsrapportage) of the request's tenant, issue #13 part 4: situations
 * by exploitation form, municipality and signal source; victims by gender, age band and nationality
 * group; advertisement reviews; care trajectories started and ended — for a period of Amsterdam
 * days and optionally one municipality. Inside the ZVH its staff see every figure exact; whatever
 * leaves the ZVH (an export, a municipality's view) is suppressed below k ({@code
 * casustafel.report.min-cell}, default 5). Every reading and export is logged (purpose REPORTING).
 */
@Stateless
@TenantScoped
public class ProgressReports {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @EJB private ReportLog log;
  @EJB private TenantDirectory tenants;

  @Inject
  @ConfigProperty(name = "casustafel.report.min-cell", defaultValue = "5")
  int minCell;

  /**
   * The report as the ZVH's staff read it: every figure exact.
   *
   * @throws nl.casustafel.policy.AccessRefused when the user is not the ZVH's staff (logged)
   */
  public Published internal(CurrentUser user, Period period, Optional<String> municipality) {
    TenantId t = tenant();
    log.refuseIf(t, user, PDP.refusalToReadProgress(user, t), "voortgangsrapportage");
    Published report = Published.exact(figures(period, municipality));
    log.record(t, user, AuditAction.READ, describe(period, municipality, "exact"));
    return report;
  }

  /**
   * The report as it leaves the ZVH, suppressed below k, for an export in {@code format}.
   *
   * @throws nl.casustafel.policy.AccessRefused when the user is not the ZVH's staff (logged)
   */
  public Published export(
      CurrentUser user, Period period, Optional<String> municipality, String format) {
    TenantId t = tenant();
    log.refuseIf(t, user, PDP.refusalToReadProgress(user, t), "voortgangsrapportage " + format);
    Published report = suppression().publish(figures(period, municipality));
    log.record(
        t, user, AuditAction.EXPORT, describe(period, municipality, "k=" + minCell + " " + format));
    return report;
  }

  /**
   * The figures of the liaison's own municipality for one calendar year, suppressed below k (issue
   * #13, part 5). Whole years only: two overlapping periods of a reader's choice would differ by a
   * single case.
   *
   * @throws nl.casustafel.policy.AccessRefused when the user is not a municipality's liaison
   *     (logged)
   */
  public Published municipal(CurrentUser user, int year) {
    Period period = Period.year(year);
    TenantId t = tenant();
    Optional<String> own = Municipalities.of(em, user);
    log.refuseIf(t, user, PDP.refusalToFollowMunicipality(user, t, own), "gemeentecijfers");
    Published report = suppression().publish(figures(period, own));
    log.record(t, user, AuditAction.READ, describe(period, own, "k=" + minCell));
    return report;
  }

  /**
   * The CoMensha export of the period (issue #13, part 6): one anonymised line per victim, as CSV;
   * logged as EXPORT with the number of lines.
   *
   * @throws nl.casustafel.policy.AccessRefused when the user is not the ZVH's staff (logged)
   */
  public String coMensha(CurrentUser user, Period period) {
    TenantId t = tenant();
    log.refuseIf(t, user, PDP.refusalToReadProgress(user, t), "CoMensha-export");
    List<Object[]> rows = new ProgressQueries(em, t, period, Optional.empty()).coMensha();
    List<CoMenshaRow> lines =
        java.util.stream.IntStream.range(0, rows.size())
            .mapToObj(i -> CoMenshaRow.of(i + 1, rows.get(i)))
            .toList();
    java.io.StringWriter out = new java.io.StringWriter();
    new CoMenshaExport().write(lines, out);
    String what = "CoMensha-export " + period.from() + ".." + period.to();
    log.record(t, user, AuditAction.EXPORT, what + " slachtoffers=" + lines.size());
    log.exported(
        t,
        user,
        what,
        rows.stream()
            .map(r -> new long[] {((Number) r[10]).longValue(), ((Number) r[11]).longValue()})
            .toList(),
        java.util.Set.of(
            nl.casustafel.covenant.DataCategory.IDENTIFYING,
            nl.casustafel.covenant.DataCategory.VICTIM_STATUS));
    return out.toString();
  }

  /** Whether the user reads the report (to offer it; the decision point). */
  public boolean mayRead(CurrentUser user) {
    return PDP.refusalToReadProgress(user, tenant()).isEmpty();
  }

  /** The municipalities of the tenant's region, alphabetical. */
  public List<String> municipalities() {
    return List.copyOf(tenants.find(tenant()).orElseThrow().municipalities());
  }

  /** The name of the request's tenant, for a document's title. */
  public String tenantName() {
    return tenants.nameOf(tenant());
  }

  private ProgressFigures figures(Period period, Optional<String> municipality) {
    ProgressQueries q = new ProgressQueries(em, tenant(), period, municipality);
    List<Object[]> care = q.care();
    Optional<List<String>> region =
        municipality.isPresent() ? Optional.empty() : Optional.of(municipalities());
    return new ProgressFigures(
        period,
        municipality,
        List.of(
            ProgressCount.situations(q.situations(), region),
            ProgressCount.victims(q.victims()),
            ProgressCount.advertisements(q.advertisements()),
            ProgressCount.care(care, period, true),
            ProgressCount.care(care, period, false)));
  }

  private SmallCellSuppression suppression() {
    return new SmallCellSuppression(minCell);
  }

  private static String describe(Period period, Optional<String> municipality, String how) {
    return "voortgangsrapportage "
        + period.from()
        + ".."
        + period.to()
        + municipality.map(m -> " gemeente=" + m).orElse("")
        + " "
        + how;
  }

  private TenantId tenant() {
    return tenant.current().orElseThrow();
  }
}
