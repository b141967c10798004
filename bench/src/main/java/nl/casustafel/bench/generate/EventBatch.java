package nl.casustafel.bench.generate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.AuditDecision;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.audit.AuditEvent;
import nl.casustafel.audit.Pseudonyms;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.Role;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;

/**
 * The log events of one batch of a tenant's chain: batch {@code b} holds the events at sequence
 * numbers {@code b * PER + 1} to {@code (b + 1) * PER}, so that every batch ends on a checkpoint
 * (one per {@link #PER} events, as {@code SeedAuditLog} signs them). Mostly reads (90 %), some
 * additions and changes, by the tenant's director, care coordinator, police and care partner, each
 * about one generated case: the case id and the keyed pseudonym of its client (the same {@link
 * Pseudonyms} the application writes, so the auditor's per-person query finds them with the same
 * key). Event {@code seq} occurs at 1 January 2016 UTC plus {@code seq} × 2 minutes plus up to 2
 * minutes more: the chain's times rise with its sequence numbers.
 */
public final class EventBatch {

  /** Events per batch and per signed checkpoint. */
  public static final int PER = 1000;

  static final Instant FROM = Instant.parse("2016-01-01T00:00:00Z");
  private static final long STEP_SECONDS = 120;

  private EventBatch() {}

  /**
   * The entries of batch {@code batch} whose sequence numbers lie in [{@code from}, {@code to}]:
   * the same entry for a sequence number whichever part of its batch is asked for.
   *
   * @param cases the tenant's number of generated cases (the events' subjects); 0: no subject
   */
  public static List<AuditEntry> of(
      long seed,
      TenantShape tenant,
      Pseudonyms pseudonyms,
      long cases,
      long batch,
      long from,
      long to) {
    SplittableRandom r = Seeds.of(seed, tenant.id(), Seeds.EVENTS, batch);
    List<AuditEntry> entries = new ArrayList<>(PER);
    for (long seq = batch * PER + 1; seq <= (batch + 1) * PER && seq <= to; seq++) {
      AuditEntry entry = entry(r, tenant, pseudonyms, cases, seq);
      if (seq >= from) {
        entries.add(entry);
      }
    }
    return entries;
  }

  private static AuditEntry entry(
      SplittableRandom r, TenantShape tenant, Pseudonyms pseudonyms, long cases, long seq) {
    Instant at = FROM.plusSeconds(seq * STEP_SECONDS + r.nextInt((int) STEP_SECONDS));
    AuditEvent event = AuditEvent.of(new TenantId(tenant.id()), at);
    actor(event, tenant, r.nextDouble());
    if (cases > 0) {
      long id = tenant.id(r.nextLong(cases));
      event.about(id, pseudonyms.of(tenant.id(), id)); // the client's id is the case's
    }
    double a = r.nextDouble();
    AuditAction action =
        a < 0.90 ? AuditAction.READ : a < 0.95 ? AuditAction.CREATE : AuditAction.UPDATE;
    return event
        .action(action)
        .categories(categories(r, action))
        .decision(AuditDecision.PERMIT)
        .basis("art. 5")
        .purpose(Purpose.CASE_CONFERENCE)
        .origin(
            "10.0." + r.nextInt(256) + "." + r.nextInt(256),
            String.format("%016x%016x", r.nextLong(), r.nextLong()))
        .build();
  }

  private static void actor(AuditEvent event, TenantShape tenant, double u) {
    TenantShape.Users users = tenant.users();
    if (u < 0.30) {
      event.actor(
          subject(users.director()), users.director(), own(tenant), Set.of(Role.CASE_DIRECTOR));
    } else if (u < 0.50) {
      event.actor(
          subject(users.coordinator()),
          users.coordinator(),
          own(tenant),
          Set.of(Role.CARE_COORDINATOR));
    } else if (u < 0.85) {
      event.actor(
          subject(users.police()),
          users.police(),
          new PartnerId(tenant.police()),
          Set.of(Role.PARTNER_MEMBER));
    } else {
      event.actor(
          subject(users.care()),
          users.care(),
          new PartnerId(tenant.care()),
          Set.of(Role.PARTNER_MEMBER));
    }
  }

  private static Set<DataCategory> categories(SplittableRandom r, AuditAction action) {
    if (action != AuditAction.READ) {
      return Set.of(DataCategory.values()[r.nextInt(DataCategory.SAFETY.ordinal() + 1)]);
    }
    return r.nextBoolean()
        ? EnumSet.of(DataCategory.CONTACT, DataCategory.SOCIAL)
        : EnumSet.of(DataCategory.CONTACT, DataCategory.SOCIAL, DataCategory.SAFETY);
  }

  private static PartnerId own(TenantShape tenant) {
    return new PartnerId(tenant.ownPartner());
  }

  /** A stand-in for the Keycloak subject of a user (the demo's are made at import). */
  private static String subject(String username) {
    return "bench-sub-" + username;
  }
}
