package nl.casustafel.registry;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.policy.AccessRefused;
import nl.casustafel.policy.PolicyDecisionPoint;
import nl.casustafel.registry.gcos.GcosImport;
import nl.casustafel.registry.gcos.GcosSource;
import nl.casustafel.registry.gcos.ImportRefused;
import nl.casustafel.registry.gcos.ImportReport;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.shared.Clocks;
import nl.casustafel.shared.TenantContext;
import nl.casustafel.shared.TenantScoped;

/**
 * The GCOS import for the tenant's ZVH manager: a dry run that reports every line and stores
 * nothing, and a commit that stores all of a file in this one transaction or nothing (it runs the
 * dry run again first and refuses a file with any rejected line). Importing the same file again
 * adds nothing. The commit is one event in the log, without personal data.
 */
@Stateless
@TenantScoped
public class GcosImports {

  private static final PolicyDecisionPoint PDP = new PolicyDecisionPoint();

  @PersistenceContext(unitName = "casustafel")
  private EntityManager em;

  @Inject private TenantContext tenant;
  @Inject private GcosRegistry registry;
  @Inject private RegistryKeys keys;
  @Inject private RegistryLog events;
  @Inject private Clock clock;

  /**
   * Judges every line of the file; stores nothing.
   *
   * @throws AccessRefused when the user is not the tenant's ZVH manager (logged)
   */
  public ImportReport dryRun(CurrentUser user, GcosSource file) {
    Instant now = now();
    refuseIf(user, now);
    try {
      return GcosImport.dryRun(file, registry, AmsterdamTime.dayOf(now));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stores the whole file, or nothing.
   *
   * @return the totals stored
   * @throws ImportRefused when a line is rejected or the file is not a GCOS export (nothing stored)
   * @throws AccessRefused when the user is not the tenant's ZVH manager (logged)
   */
  public ImportReport commit(CurrentUser user, GcosSource file) throws ImportRefused {
    Instant now = now();
    refuseIf(user, now);
    GcosCommitter committer =
        new GcosCommitter(em, keys.bsn(), tenant.current().orElseThrow().value(), user, now);
    ImportReport stored;
    try {
      stored = GcosImport.commit(file, registry, AmsterdamTime.dayOf(now), committer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    committer.finish();
    String what =
        "GCOS import clients="
            + stored.totals().newClients()
            + " cases="
            + stored.totals().newCases()
            + " meetings="
            + stored.totals().newMeetings();
    events.append(
        events
            .event(user, Purpose.CASE_CONFERENCE, now)
            .action(AuditAction.CREATE)
            .reason(what)
            .build());
    return stored;
  }

  /**
   * Refuses (logged) anyone but the tenant's ZVH manager, before an upload is stored anywhere.
   *
   * @throws AccessRefused for anyone else
   */
  public void refuseUnlessManager(CurrentUser user) {
    refuseIf(user, now());
  }

  /** Whether the user may import (to offer the screen; the PDP). */
  public boolean mayImport(CurrentUser user) {
    return PDP.refusalToImport(user, tenant.current().orElseThrow()).isEmpty();
  }

  private void refuseIf(CurrentUser user, Instant now) {
    events.refuseIf(
        user,
        PDP.refusalToImport(user, tenant.current().orElseThrow()),
        null,
        "GCOS import",
        Purpose.CASE_CONFERENCE,
        now);
  }

  private Instant now() {
    return Clocks.now(clock);
  }
}
