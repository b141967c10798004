package nl.casustafel.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.casustafel.audit.AuditAction;
import nl.casustafel.audit.AuditDecision;
import nl.casustafel.audit.AuditEntry;
import nl.casustafel.casefile.CareEpisode;
import nl.casustafel.casefile.CareKind;
import nl.casustafel.casefile.Case;
import nl.casustafel.casefile.CaseId;
import nl.casustafel.casefile.CaseInformation;
import nl.casustafel.casefile.CaseStatus;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.casefile.Client;
import nl.casustafel.casefile.PersonDetails;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.registry.report.SubjectAccessReport.CaseEntry;
import nl.casustafel.registry.report.SubjectAccessReport.Disclosure;
import nl.casustafel.registry.report.SubjectAccessReport.Entry;
import nl.casustafel.registry.report.SubjectAccessReport.Field;
import org.junit.jupiter.api.Test;

/** The lines of an access report, from stored records, in Dutch and in Amsterdam days. */
class SubjectAccessContentTest {

  private static final PartnerId POLICE = new PartnerId("politie-midden-nederland");
  private static final Function<PartnerId, String> NAMES =
      p -> Map.of(POLICE.value(), "Politie Midden-Nederland").getOrDefault(p.value(), p.value());

  /** 23:30 UTC on 1 July is already 2 July in Amsterdam. */
  private static final Instant LATE = Instant.parse("2026-07-01T23:30:00Z");

  @Test
  void everyFieldIsListedWithItsCategoryAndTheValuesHeld() {
    Client client = new Client("Daria Petrova", LocalDate.of(2001, 3, 14));
    PersonDetails none = PersonDetails.none();
    client.describe(
        new PersonDetails(
            none.estimatedBirthYear(),
            Optional.of("V"),
            Optional.of("Bulgaars"),
            Optional.of("Hilversum"),
            none.address(),
            none.phone(),
            none.email(),
            Optional.of(false),
            Optional.of("VIA_PARTNER")));
    List<Field> fields =
        SubjectAccessContent.personalData(client, List.of("Dasha"), Optional.of("123456782"));
    assertEquals(new Field("Naam", "Daria Petrova", "Identificerend"), fields.get(0));
    assertEquals(new Field("Ook bekend als", "Dasha", "Identificerend"), fields.get(1));
    assertEquals(new Field("Geboortedatum", "14-03-2001", "Identificerend"), fields.get(2));
    assertTrue(
        fields.contains(new Field("Burgerservicenummer (BSN)", "123456782", "Identificerend")));
    assertTrue(fields.contains(new Field("Woonplaats", "Hilversum", "Contact")));
    assertTrue(fields.contains(new Field("Veilig te benaderen", "nee", "Contact")));
    assertTrue(fields.contains(new Field("Telefoon", "", "Contact")), "unknown fields show empty");
    assertEquals(13, fields.size());
  }

  @Test
  void withoutBsnOrAliasesTheBsnFieldIsEmptyAndNoAliasIsListed() {
    List<Field> fields =
        SubjectAccessContent.personalData(new Client("Ion", null), List.of(), Optional.empty());
    assertTrue(fields.contains(new Field("Burgerservicenummer (BSN)", "", "Identificerend")));
    assertTrue(fields.stream().noneMatch(f -> f.label().equals("Ook bekend als")));
    assertEquals(new Field("Geboortedatum", "", "Identificerend"), fields.get(1));
  }

  @Test
  void aCaseShowsItsDutchTypeAndStatusItsAmsterdamDaysAndItsLeadByName() {
    Case kase = kase();
    kase.changeStatus(CaseStatus.CLOSED, "regisseur.gv", LATE.plusSeconds(86400), "Afgerond.");
    CaseEntry entry = SubjectAccessContent.caseEntry(kase, NAMES);
    assertEquals(
        new CaseEntry(
            "MH-2026-001",
            "Mensenhandel",
            "Gesloten",
            LocalDate.of(2026, 7, 2),
            Optional.of(LocalDate.of(2026, 7, 3)),
            "Politie Midden-Nederland"),
        entry);
    assertEquals(
        List.of(
            new Entry(
                LocalDate.of(2026, 7, 3), "Statuswijziging", "MH-2026-001: Gesloten — Afgerond.")),
        SubjectAccessContent.statusChanges(kase),
        "the opening status is the case itself, not a change");
  }

  @Test
  void informationCareAndReferralsSayWhatWhoAndWhere() {
    CaseInformation item =
        new CaseInformation(
            new CaseId(1), DataCategory.JUSTICE, POLICE, "Aangifte gedaan.", "politie.mnl", LATE);
    assertEquals(
        new Entry(
            LocalDate.of(2026, 7, 2),
            "Casusinformatie (Justitieel)",
            "Aangifte gedaan. — Politie Midden-Nederland, MH-2026-001"),
        SubjectAccessContent.information(item, "MH-2026-001", NAMES));
    CareEpisode care =
        new CareEpisode(
            new CaseId(1),
            CareKind.LEGAL,
            POLICE,
            LocalDate.of(2026, 3, 10),
            LocalDate.of(2026, 6, 30),
            "B8 gestart.",
            "politie.mnl",
            LATE);
    assertEquals(
        new Entry(
            LocalDate.of(2026, 3, 10),
            "Zorgtraject",
            "Juridische hulp, Politie Midden-Nederland, MH-2026-001, tot 30-06-2026: B8 gestart."),
        SubjectAccessContent.care(care, "MH-2026-001", NAMES));
    assertEquals(
        new Entry(
            LocalDate.of(2026, 2, 26),
            "Aanmelding",
            "AM-2026-00003 (triage: casus geopend): Slachtoffer aangetroffen."),
        SubjectAccessContent.referral(
            LocalDate.of(2026, 2, 26),
            SignalSource.REFERRAL,
            "AM-2026-00003",
            "Slachtoffer aangetroffen.",
            Optional.of(TriageOutcome.OPEN_CASE)));
  }

  @Test
  void aLoggedEventBecomesALineOfTheDisclosureLogWithTheRecipientByName() {
    AuditEntry read =
        event(AuditAction.READ, "HEALTH,JUSTICE", "PERMIT", "art. 4.2", "CASE_CONFERENCE");
    assertEquals(
        new Disclosure(
            LATE,
            "Politie Midden-Nederland",
            "PARTNER_MEMBER", // the role, never the staff member's username
            "inzien",
            "Gezondheid, Justitieel",
            "art. 4.2",
            "casusoverleg",
            AuditDecision.PERMIT),
        SubjectAccessContent.disclosure(read, NAMES));
    Disclosure refused =
        SubjectAccessContent.disclosure(
            event(AuditAction.DENY, null, "DENY", null, "AUDIT"), NAMES);
    assertEquals("", refused.categories());
    assertEquals("", refused.legalBasis());
    assertEquals("toezicht op de verwerking", refused.purpose());
    assertEquals(AuditDecision.DENY, refused.decision());
  }

  @Test
  void storedNamesThatAreNoLongerKnownAreShownAsStored() {
    assertEquals("Sociaal, OLD_CATEGORY", SubjectAccessContent.categories("SOCIAL,OLD_CATEGORY"));
    assertEquals("SOMETHING", SubjectAccessContent.purpose("SOMETHING"));
    assertEquals(
        "inzageverzoek (AVG art. 15)", SubjectAccessContent.purpose("DATA_SUBJECT_ACCESS"));
  }

  @Test
  void aQueryIsAReferenceOrAValidBsnAndNothingElse() {
    assertEquals(Optional.of("MH-2026-001"), SubjectQuery.parse(" mh-2026-001 ").reference());
    assertEquals("123456782", SubjectQuery.parse("1234.56.782").bsn().orElseThrow().digits());
    IllegalArgumentException elfproef =
        assertThrows(IllegalArgumentException.class, () -> SubjectQuery.parse("123456789"));
    assertTrue(elfproef.getMessage().startsWith("query "), elfproef.getMessage());
    for (String bad : new String[] {"", "Petrova", "MH-2026", "MH-2026-001; DROP", null}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> SubjectQuery.parse(bad));
      assertTrue(e.getMessage().startsWith("query must"), e.getMessage());
    }
  }

  private static Case kase() {
    return Case.open(
        "MH-2026-001",
        CaseType.HUMAN_TRAFFICKING,
        null,
        POLICE,
        new Client("Daria Petrova", null),
        LATE,
        "regisseur.gv");
  }

  private static AuditEntry event(
      AuditAction action, String categories, String decision, String basis, String purpose) {
    return new AuditEntry(
        "zvh-gv",
        LATE,
        "sub-1",
        "politie.mnl",
        POLICE.value(),
        "PARTNER_MEMBER",
        POLICE.value(),
        action,
        1L,
        "ps-0123",
        categories,
        decision,
        null,
        basis,
        purpose,
        "10.0.0.1",
        "trace",
        false);
  }
}
