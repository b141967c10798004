package nl.casustafel.registry.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.casustafel.audit.AuditDecision;

/**
 * What one data-subject access report (AVG art. 15) shows, already gathered and already allowed:
 * the renderer prints it as given, in the given order, and decides nothing.
 *
 * <p>Free text in here is user-entered and may hold anything (control characters, a right-to-left
 * override, script the font lacks); the renderer shows it visibly, never as a link or formula.
 *
 * @param tenantName the Zorg- en Veiligheidshuis that holds the data (the controller)
 * @param pseudonym the person's reference in the registry, printed in the header (the name is one
 *     of the fields)
 * @param generatedAt when the report was made (an instant; shown in Europe/Amsterdam)
 * @param generatedBy on whose behalf it was made (the ZVH manager.s organisation)
 * @param personalData the person's data, field by field
 * @param cases the cases the person is part of
 * @param otherRecords signals, referrals, care episodes and the like
 * @param disclosures the disclosure log about the person, every request for their data
 */
public record SubjectAccessReport(
    String tenantName,
    String pseudonym,
    Instant generatedAt,
    String generatedBy,
    List<Field> personalData,
    List<CaseEntry> cases,
    List<Entry> otherRecords,
    List<Disclosure> disclosures) {

  /** Copies the lists (the report does not change after it is built). */
  public SubjectAccessReport {
    Objects.requireNonNull(tenantName, "tenantName is required");
    Objects.requireNonNull(pseudonym, "pseudonym is required");
    Objects.requireNonNull(generatedAt, "generatedAt is required");
    Objects.requireNonNull(generatedBy, "generatedBy is required");
    personalData = List.copyOf(personalData);
    cases = List.copyOf(cases);
    otherRecords = List.copyOf(otherRecords);
    disclosures = List.copyOf(disclosures);
  }

  /**
   * One piece of personal data.
   *
   * @param label what it is, in Dutch (e.g. "Geboortedatum")
   * @param value the value as text; an empty string for a field without a value
   * @param category the covenant's data category the field belongs to, by its display name
   */
  public record Field(String label, String value, String category) {
    /** Null-checks. */
    public Field {
      Objects.requireNonNull(label, "label is required");
      Objects.requireNonNull(value, "value is required");
      Objects.requireNonNull(category, "category is required");
    }
  }

  /**
   * A case the person is part of.
   *
   * @param reference the case reference
   * @param type the case type, for display
   * @param status the current status, for display
   * @param opened the Amsterdam day the case was opened
   * @param closed the Amsterdam day it was closed, when it is
   * @param leadPartner the name of the partner that leads the case
   */
  public record CaseEntry(
      String reference,
      String type,
      String status,
      LocalDate opened,
      Optional<LocalDate> closed,
      String leadPartner) {
    /** Null-checks. */
    public CaseEntry {
      Objects.requireNonNull(reference, "reference is required");
      Objects.requireNonNull(type, "type is required");
      Objects.requireNonNull(status, "status is required");
      Objects.requireNonNull(opened, "opened is required");
      Objects.requireNonNull(closed, "closed is required (may be empty)");
      Objects.requireNonNull(leadPartner, "leadPartner is required");
    }
  }

  /**
   * Any other record about the person: a signal, a referral, a care episode.
   *
   * @param date the Amsterdam day it concerns (registered, or started)
   * @param kind what kind of record, for display (e.g. "Signaal")
   * @param text a short description
   */
  public record Entry(LocalDate date, String kind, String text) {
    /** Null-checks. */
    public Entry {
      Objects.requireNonNull(date, "date is required");
      Objects.requireNonNull(kind, "kind is required");
      Objects.requireNonNull(text, "text is required");
    }
  }

  /**
   * One line of the disclosure log: a request for the person's data and what was decided.
   *
   * @param at when (an instant; shown in Europe/Amsterdam)
   * @param recipientPartner the name of the partner the requester works for
   * @param recipientUser the recipient's roles (never a staff member's name)
   * @param action what was done (e.g. "inzien", "exporteren")
   * @param categories the data categories concerned, comma-separated
   * @param legalBasis the legal basis, the article (e.g. "art. 6 lid 1 sub e AVG")
   * @param purpose the purpose of the processing
   * @param decision PERMIT when the data were disclosed, DENY when they were not
   */
  public record Disclosure(
      Instant at,
      String recipientPartner,
      String recipientUser,
      String action,
      String categories,
      String legalBasis,
      String purpose,
      AuditDecision decision) {
    /** Null-checks. */
    public Disclosure {
      Objects.requireNonNull(at, "at is required");
      Objects.requireNonNull(recipientPartner, "recipientPartner is required");
      Objects.requireNonNull(recipientUser, "recipientUser is required");
      Objects.requireNonNull(action, "action is required");
      Objects.requireNonNull(categories, "categories is required");
      Objects.requireNonNull(legalBasis, "legalBasis is required");
      Objects.requireNonNull(purpose, "purpose is required");
      Objects.requireNonNull(decision, "decision is required");
    }
  }
}
