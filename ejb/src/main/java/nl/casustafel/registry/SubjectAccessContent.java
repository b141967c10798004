package nl.casustafel.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.casustafel.audit.AuditDecision;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.casefile.CareEpisode;
import nl.casustafel.casefile.Case;
import nl.casustafel.casefile.CaseInformation;
import nl.casustafel.casefile.Client;
import nl.casustafel.casefile.PersonDetails;
import nl.casustafel.casefile.StatusChange;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.registry.report.ReportLabels;
import nl.casustafel.registry.report.SubjectAccessReport.CaseEntry;
import nl.casustafel.registry.report.SubjectAccessReport.Disclosure;
import nl.casustafel.registry.report.SubjectAccessReport.Entry;
import nl.casustafel.registry.report.SubjectAccessReport.Field;
import nl.casustafel.shared.AmsterdamTime;

/**
 * What the registry holds about one person, as the lines of their access report (AVG art. 15): pure
 * mapping from the stored records to the report's fields, cases, other records and disclosure
 * lines, in Dutch ({@link ReportLabels}). Days are Amsterdam calendar days ({@link AmsterdamTime}).
 * Partner ids are turned into names by the function the caller passes (an unknown id stays itself).
 */
final class SubjectAccessContent {

  private SubjectAccessContent() {}

  /**
   * The person's fields, every one of them, with an empty value where nothing is known: the person
   * sees what kinds of data the registry can hold and which of them it holds.
   *
   * @param bsn the BSN as printed, empty when none is held
   */
  static List<Field> personalData(Client client, List<String> aliases, Optional<String> bsn) {
    List<Field> fields = new ArrayList<>();
    PersonDetails d = client.details();
    identifying(fields, "name", client.name());
    aliases.forEach(a -> identifying(fields, "alias", a));
    identifying(fields, "dateOfBirth", client.dateOfBirth().map(AmsterdamTime.DATE::format));
    identifying(fields, "estimatedBirthYear", d.estimatedBirthYear().map(String::valueOf));
    identifying(fields, "gender", d.gender());
    identifying(fields, "nationality", d.nationality());
    identifying(fields, "bsn", bsn);
    contact(fields, "municipality", d.municipality());
    contact(fields, "address", d.address());
    contact(fields, "phone", d.phone());
    contact(fields, "email", d.email());
    contact(
        fields, "safeToContact", d.safeToContact().map(s -> ReportLabels.text(s ? "yes" : "no")));
    contact(fields, "preferredChannel", d.preferredChannel());
    return fields;
  }

  private static void identifying(List<Field> fields, String key, Optional<String> value) {
    identifying(fields, key, value.orElse(""));
  }

  private static void identifying(List<Field> fields, String key, String value) {
    fields.add(field(key, value, DataCategory.IDENTIFYING));
  }

  private static void contact(List<Field> fields, String key, Optional<String> value) {
    fields.add(field(key, value.orElse(""), DataCategory.CONTACT));
  }

  private static Field field(String key, String value, DataCategory category) {
    return new Field(ReportLabels.text("field." + key), value, ReportLabels.of(category));
  }

  /** A case the person is part of, with its lead partner by name. */
  static CaseEntry caseEntry(Case kase, Function<PartnerId, String> partners) {
    return new CaseEntry(
        kase.reference(),
        ReportLabels.of(kase.type()),
        ReportLabels.of(kase.status()),
        AmsterdamTime.dayOf(kase.openedAt()),
        kase.closedAt().map(AmsterdamTime::dayOf),
        partners.apply(kase.leadPartner()));
  }

  /** Every status change of a case after the first, with its reason when one was given. */
  static List<Entry> statusChanges(Case kase) {
    return kase.statusHistory().stream()
        .filter(change -> change.from().isPresent())
        .map(change -> statusChange(kase.reference(), change))
        .toList();
  }

  private static Entry statusChange(String reference, StatusChange change) {
    return new Entry(
        AmsterdamTime.dayOf(change.at()),
        ReportLabels.text("record.status"),
        reference
            + ": "
            + ReportLabels.of(change.to())
            + change.reason().map(r -> " — " + r).orElse(""));
  }

  /**
   * A referral or signal about the person: its source, reference and reason, and the triage outcome
   * once decided.
   */
  static Entry referral(
      LocalDate received,
      SignalSource source,
      String reference,
      String reason,
      Optional<TriageOutcome> outcome) {
    String decided = outcome.map(o -> " (triage: " + ReportLabels.of(o) + ")").orElse("");
    return new Entry(
        received,
        ReportLabels.of(source),
        (reference == null ? "" : reference + decided + ": ") + reason);
  }

  /** One piece of case information: its category and text, from which partner, in which case. */
  static Entry information(
      CaseInformation item, String caseReference, Function<PartnerId, String> partners) {
    return new Entry(
        AmsterdamTime.dayOf(item.createdAt()),
        ReportLabels.text("record.information") + " (" + ReportLabels.of(item.category()) + ")",
        item.text() + " — " + partners.apply(item.provider()) + ", " + caseReference);
  }

  /** A care episode: its kind, provider, case, period and outcome. */
  static Entry care(
      CareEpisode episode, String caseReference, Function<PartnerId, String> partners) {
    String period =
        episode
            .endedOn()
            .map(e -> ReportLabels.text("record.until") + " " + AmsterdamTime.DATE.format(e))
            .orElseGet(() -> ReportLabels.text("record.ongoing"));
    return new Entry(
        episode.startedOn(),
        ReportLabels.text("record.care"),
        ReportLabels.of(episode.kind())
            + ", "
            + partners.apply(episode.provider())
            + ", "
            + caseReference
            + ", "
            + period
            + episode.outcome().map(o -> ": " + o).orElse(""));
  }

  /** A case conference (casusoverleg) about the person's case, on its Amsterdam day. */
  static Entry meeting(LocalDate heldOn, String caseReference) {
    return new Entry(heldOn, ReportLabels.text("record.meeting"), caseReference);
  }

  /**
   * One line of the disclosure log from one logged event about the person: when, which partner (by
   * name) and in which role, what was done, which categories (in Dutch), on which basis, for which
   * purpose, and whether it was disclosed.
   */
  static Disclosure disclosure(AuditEntry event, Function<PartnerId, String> partners) {
    return new Disclosure(
        event.occurredAt(),
        event.actorPartner() == null ? "" : partners.apply(new PartnerId(event.actorPartner())),
        // The recipient's role, not the staff member's name: art. 15(1)(c) names recipients, and
        // a staff member's username is their personal data, not the data subject's.
        event.actorRoles(),
        ReportLabels.of(event.action()),
        categories(event.categories()),
        event.legalBasis() == null ? "" : event.legalBasis(),
        purpose(event.purpose()),
        AuditDecision.of(event.decision()));
  }

  /** Stored category names ("HEALTH,JUSTICE") in Dutch; a name that is no category stays itself. */
  static String categories(String stored) {
    if (stored == null || stored.isBlank()) {
      return "";
    }
    return Arrays.stream(stored.split(","))
        .map(c -> known(DataCategory.class, c).map(ReportLabels::of).orElse(c))
        .collect(Collectors.joining(", "));
  }

  /** A stored purpose in Dutch: a covenant purpose, the log's own AUDIT, or as stored. */
  static String purpose(String stored) {
    if (stored == null) {
      return "";
    }
    return known(Purpose.class, stored)
        .map(ReportLabels::of)
        .orElseGet(() -> stored.equals("AUDIT") ? ReportLabels.text("purpose.AUDIT") : stored);
  }

  private static <E extends Enum<E>> Optional<E> known(Class<E> type, String name) {
    try {
      return Optional.of(Enum.valueOf(type, name.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
