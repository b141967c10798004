package nl.casustafel.bench.generate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One batch of generated cases of a tenant, each with its client (one person per case), the
 * partners that take part (the ZVH and the police in every case, the care partner in about half),
 * 1–3 information items and its status history. Case number {@code i} of batch {@code b} is {@code
 * b * size + i}; its ids come from {@link TenantShape#id}. The rows depend only on the seed, the
 * tenant and the batch index (a shorter last batch is a prefix of the full one).
 *
 * <p>Times are UTC instants. Cases open between 1 July 2015 and 1 July 2025 (ten years); 60 % are
 * CLOSED between 1 December 2025 and 20 November 2026, so the covenant's retention (24 months after
 * closure) proposes none of them for destruction before December 2027, as with the demo's 2019
 * cases; the rest are MONITORING (20 %), IN_CONFERENCE (15 %) or TRIAGED (5 %).
 */
public record CaseBatch(
    List<Client> clients,
    List<Case> cases,
    List<Participation> participations,
    List<Information> information,
    List<StatusChange> statusChanges) {

  static final Instant OPENED_FROM = Instant.parse("2015-07-01T00:00:00Z");
  static final Instant OPENED_TO = Instant.parse("2025-07-01T00:00:00Z");
  static final Instant CLOSED_FROM = Instant.parse("2025-12-01T00:00:00Z");
  static final Instant CLOSED_TO = Instant.parse("2026-11-20T00:00:00Z");
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final LocalDate BORN_FROM = LocalDate.of(1960, 1, 1);
  private static final int BORN_DAYS = 49 * 365;
  private static final List<String> FORMS = List.of("SEXUAL", "LABOUR", "CRIMINAL", "OTHER");
  private static final List<String> CATEGORIES =
      List.of("CONTACT", "SOCIAL", "SAFETY", "IDENTIFYING", "VICTIM_STATUS");

  /** A client row (person); bsn_index stays NULL, as for the demo's clients. */
  public record Client(
      long id,
      String name,
      LocalDate dateOfBirth,
      String gender,
      String nationality,
      String municipality,
      Instant registeredAt) {}

  /** A case_file row of type HUMAN_TRAFFICKING, led by the tenant's own ZVH. */
  public record Case(
      long id,
      String reference,
      String exploitationForm,
      String status,
      String leadPartner,
      long clientId,
      Instant openedAt,
      Instant closedAt) {}

  /** A case_participation row (never revoked). */
  public record Participation(long caseId, String partner, String invitedBy, Instant invitedAt) {}

  /** A case_information row. */
  public record Information(
      long caseId, String category, String provider, String body, Instant at, String by) {}

  /** A case_status_change row. */
  public record StatusChange(long caseId, String from, String to, Instant at, String by) {}

  /**
   * The rows of batch {@code batch} of {@code size} cases, cut off at case number {@code count}
   * (the tenant's number of generated cases).
   */
  public static CaseBatch of(long seed, TenantShape tenant, long batch, int size, long count) {
    SplittableRandom r = Seeds.of(seed, tenant.id(), Seeds.CASES, batch);
    CaseBatch rows =
        new CaseBatch(
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>());
    long last = Math.min(count, (batch + 1) * size);
    for (long i = batch * size; i < last; i++) {
      rows.add(r, tenant, i);
    }
    return rows;
  }

  /**
   * The rows of the cases from id {@code firstId} on: what is left to write of a batch that a
   * smaller scale wrote in part (its cases are the prefix of the same batch).
   */
  public CaseBatch from(long firstId) {
    return new CaseBatch(
        clients.stream().filter(r -> r.id() >= firstId).toList(),
        cases.stream().filter(r -> r.id() >= firstId).toList(),
        participations.stream().filter(r -> r.caseId() >= firstId).toList(),
        information.stream().filter(r -> r.caseId() >= firstId).toList(),
        statusChanges.stream().filter(r -> r.caseId() >= firstId).toList());
  }

  /** All rows of the batch, for the report. */
  public int rowCount() {
    return clients.size()
        + cases.size()
        + participations.size()
        + information.size()
        + statusChanges.size();
  }

  private void add(SplittableRandom r, TenantShape tenant, long i) {
    long id = tenant.id(i);
    Instant opened = between(r, OPENED_FROM, OPENED_TO);
    String status = status(r.nextDouble());
    Instant closed = status.equals("CLOSED") ? between(r, CLOSED_FROM, CLOSED_TO) : null;
    clients.add(client(r, tenant, id, opened));
    int year = opened.atZone(AMSTERDAM).getYear();
    cases.add(
        new Case(
            id,
            "MH-" + year + "-" + (100_000 + i),
            FORMS.get(form(r.nextDouble())),
            status,
            tenant.ownPartner(),
            id,
            opened,
            closed));
    participate(r, tenant, id, opened);
    inform(r, tenant, id, opened);
    history(tenant, id, status, opened, closed);
  }

  private static Client client(SplittableRandom r, TenantShape tenant, long id, Instant opened) {
    double g = r.nextDouble();
    return new Client(
        id,
        Seeds.pick(r, Names.FIRST) + " " + Seeds.pick(r, Names.LAST),
        BORN_FROM.plusDays(r.nextInt(BORN_DAYS)),
        g < 0.8 ? "V" : g < 0.98 ? "M" : "X",
        Seeds.pick(r, Names.NATIONALITIES),
        Seeds.pick(r, tenant.municipalities()),
        opened);
  }

  private void participate(SplittableRandom r, TenantShape tenant, long id, Instant opened) {
    String by = tenant.users().director();
    participations.add(new Participation(id, tenant.ownPartner(), by, opened));
    participations.add(new Participation(id, tenant.police(), by, opened));
    if (r.nextBoolean()) {
      participations.add(new Participation(id, tenant.care(), by, opened.plusSeconds(3600)));
    }
  }

  private void inform(SplittableRandom r, TenantShape tenant, long id, Instant opened) {
    int items = 1 + r.nextInt(3);
    int first = r.nextInt(CATEGORIES.size());
    for (int k = 0; k < items; k++) {
      int c = (first + k) % CATEGORIES.size(); // distinct categories within a case
      information.add(
          new Information(
              id,
              CATEGORIES.get(c),
              tenant.ownPartner(),
              Names.BODIES.get(c),
              opened.plusSeconds(600L * (k + 1)),
              tenant.users().coordinator()));
    }
  }

  /** TRIAGED when opened, in conference a week later, monitored after 90 days, then closed. */
  private void history(TenantShape tenant, long id, String status, Instant opened, Instant closed) {
    String by = tenant.users().director();
    statusChanges.add(new StatusChange(id, null, "TRIAGED", opened, by));
    if (status.equals("TRIAGED")) {
      return;
    }
    statusChanges.add(
        new StatusChange(id, "TRIAGED", "IN_CONFERENCE", opened.plus(Duration.ofDays(7)), by));
    if (status.equals("IN_CONFERENCE")) {
      return;
    }
    statusChanges.add(
        new StatusChange(id, "IN_CONFERENCE", "MONITORING", opened.plus(Duration.ofDays(90)), by));
    if (status.equals("CLOSED")) {
      statusChanges.add(new StatusChange(id, "MONITORING", "CLOSED", closed, by));
    }
  }

  static String status(double u) {
    return u < 0.60 ? "CLOSED" : u < 0.80 ? "MONITORING" : u < 0.95 ? "IN_CONFERENCE" : "TRIAGED";
  }

  private static int form(double u) {
    return u < 0.60 ? 0 : u < 0.85 ? 1 : u < 0.95 ? 2 : 3;
  }

  /** A uniform instant in [from, to), to the second. */
  static Instant between(SplittableRandom r, Instant from, Instant to) {
    return from.plusSeconds(r.nextLong(Duration.between(from, to).getSeconds()));
  }
}
