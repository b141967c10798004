package nl.casustafel.registry;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.AuditDecision;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.audit.AuditEvent;
import nl.casustafel.audit.AuditReader;
import nl.casustafel.audit.AuditSettings;
import nl.casustafel.audit.AuditUnavailable;
import nl.casustafel.audit.ChainedEvent;
import nl.casustafel.casefile.CaseUnknown;
import nl.casustafel.casefile.Client;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.registry.report.ReportLabels;
import nl.casustafel.registry.report.SubjectAccessPdf;
import nl.casustafel.registry.report.SubjectAccessReport;
import nl.casustafel.registry.report.SubjectAccessReport.Disclosure;
import nl.casustafel.shared.Clocks;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;
import nl.casustafel.tenant.TenantDirectory;
import nl.casustafel.tenant.TenantId;

/**
 * The data-subject access report (inzage, AVG art. 15) of one person of the tenant, for its ZVH
 * manager (the controller answers the request; {@link PolicyDecisionPoint#refusalToReportSubject}):
 * everything the registry holds about them — their fields, cases, referrals and signals, case
 * information, care episodes, case conferences — and every logged event about them (the disclosure
 * log: who received which categories when, on what basis), as a PDF.
 *
 * <p>The BSN is printed in full, decrypted: art. 15 gives the person a copy of their own data, the
 * report goes to them, and the number lets them check that the right person was found. (It is never
 * written to the log; the log names the person by pseudonym only.)
 *
 * <p>Making the report is one EXPORT event about the person, in the same transaction, naming every
 * category the report holds, purpose DATA_SUBJECT_ACCESS, basis "AVG art. 15". A refusal is a DENY
 * in a transaction of its own; a person the tenant does not have is {@link CaseUnknown}.
 */
@Stateless
@TenantScoped
public class SubjectAccessReports {

  /** The reason and legal basis of the EXPORT event. */
  public static final String REASON = "AVG art. 15 report";

  static final String BASIS = "AVG art. 15";

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Resource(lookup = "jdbc/casustafel")
  private DataSource db;

  @Inject private TenantContext tenant;
  @EJB private TenantDirectory tenants;
  @Inject private SubjectRecords records;
  @Inject private RegistryKeys keys;
  @Inject private AuditSettings settings;
  @Inject private RegistryLog events;
  @Inject private Clock clock;

  /** A rendered report and the pseudonym of the person it is about (for the file name). */
  public record Pdf(String pseudonym, byte[] bytes) {

    /** {@code inzage-<pseudonym>.pdf}: no name or BSN in a file name. */
    public String fileName() {
      return "inzage-" + pseudonym + ".pdf";
    }
  }

  /** A person found for a report: their internal number and their case references. */
  public record Found(long person, List<String> references) {}

  /** Whether the user may make reports in the tenant (to offer the screen; the PDP). */
  public boolean mayReport(CurrentUser user) {
    return PDP.refusalToReportSubject(user, tenantId()).isEmpty();
  }

  /**
   * The report of the tenant's client {@code clientId}, rendered, and logged as one EXPORT.
   *
   * @throws AccessRefused when the user is not the tenant's ZVH manager (logged as a DENY)
   * @throws CaseUnknown when the tenant has no such person (logged as a DENY)
   * @throws AuditUnavailable when the log cannot be read
   */
  public Pdf report(CurrentUser user, long clientId) {
    Instant now = now();
    String pseudonym = settings.pseudonyms().of(tenantId().value(), clientId);
    refuseIf(user, pseudonym, now);
    Client client = records.client(clientId).orElse(null);
    if (client == null) {
      events.deny(user, PDP.unknown(), null, REASON, Purpose.DATA_SUBJECT_ACCESS, now);
      throw new CaseUnknown();
    }
    SubjectRecords.Held held = records.heldAbout(client, bsnOf(client));
    SubjectAccessReport report =
        new SubjectAccessReport(
            tenants.nameOf(tenantId()),
            pseudonym,
            now,
            user.partner().map(records::partnerName).orElse(""),
            held.personalData(),
            held.cases(),
            held.otherRecords(),
            disclosures(pseudonym));
    byte[] pdf = render(report);
    events.append(exported(user, pseudonym, held.categories(), now));
    return new Pdf(pseudonym, pdf);
  }

  /**
   * The persons a report may be made of, found by a case reference (e.g. MH-2026-001, exact) or a
   * BSN (exact, through its blind index); each person found is logged as a SEARCH about them.
   *
   * @throws IllegalArgumentException "query …" for anything else ({@link SubjectQuery#parse})
   * @throws AccessRefused when the user is not the tenant's ZVH manager (logged as a DENY)
   */
  public List<Found> find(CurrentUser user, String query) {
    Instant now = now();
    refuseIf(user, null, now);
    SubjectQuery parsed = SubjectQuery.parse(query);
    List<Long> persons =
        parsed.reference().isPresent()
            ? records.clientsWithCase(parsed.reference().get())
            : records.clientsWithBsn(
                keys.bsn().blindIndex(tenantId().value(), parsed.bsn().orElseThrow()));
    List<Found> found = persons.stream().map(p -> new Found(p, records.caseReferences(p))).toList();
    found.forEach(f -> events.append(lookedUp(user, f, now)));
    return found;
  }

  private Optional<String> bsnOf(Client client) {
    return client.encryptedBsn().map(this::readable);
  }

  /** The BSN's digits; a note when it cannot be decrypted (the key changed since it was stored). */
  private String readable(byte[] encrypted) {
    try {
      return keys.bsn().decrypt(encrypted).digits();
    } catch (IllegalStateException e) {
      return ReportLabels.text("field.bsnUnreadable");
    }
  }

  private List<Disclosure> disclosures(String pseudonym) {
    List<ChainedEvent> events;
    try (Connection c = db.getConnection()) {
      events = new AuditReader(c).about(tenantId().value(), pseudonym);
    } catch (SQLException e) {
      throw new AuditUnavailable("The data-sharing log cannot be read.", e);
    }
    return events.stream()
        .map(e -> SubjectAccessContent.disclosure(e.entry(), records::partnerName))
        .toList();
  }

  private static byte[] render(SubjectAccessReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      SubjectAccessPdf.render(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail to write
    }
    return out.toByteArray();
  }

  private void refuseIf(CurrentUser user, String pseudonym, Instant now) {
    events.refuseIf(
        user,
        PDP.refusalToReportSubject(user, tenantId()),
        pseudonym,
        REASON,
        Purpose.DATA_SUBJECT_ACCESS,
        now);
  }

  private AuditEntry exported(
      CurrentUser user, String pseudonym, Set<DataCategory> categories, Instant now) {
    return event(user, now)
        .action(AuditAction.EXPORT)
        .about(null, pseudonym)
        .categories(categories)
        .decision(AuditDecision.PERMIT)
        .basis(BASIS)
        .reason(REASON)
        .build();
  }

  private AuditEntry lookedUp(CurrentUser user, Found found, Instant now) {
    return event(user, now)
        .action(AuditAction.SEARCH)
        .about(null, settings.pseudonyms().of(tenantId().value(), found.person()))
        .decision(AuditDecision.PERMIT)
        .reason("AVG art. 15 lookup cases=" + found.references().size())
        .build();
  }

  private AuditEvent event(CurrentUser user, Instant now) {
    return events.event(user, Purpose.DATA_SUBJECT_ACCESS, now);
  }

  private TenantId tenantId() {
    return tenant.current().orElseThrow();
  }

  private Instant now() {
    return Clocks.now(clock);
  }
}
