package nl.casustafel.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.partner.PartnerId;
import org.junit.jupiter.api.Test;

/** The case's own rules: participation, revocation, statements and lead handover. */
class CaseTest {

  private static final PartnerId ZVH = new PartnerId("zvh-gooi-en-vechtstreek");
  private static final PartnerId POLITIE = new PartnerId("politie-midden-nederland");
  private static final PartnerId KWINTES = new PartnerId("kwintes");
  private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");

  private final Case kase =
      Case.open(
          "MH-2026-099",
          CaseType.HUMAN_TRAFFICKING,
          ExploitationForm.SEXUAL,
          ZVH,
          new Client("Test Cliënt", LocalDate.of(2000, 1, 1)),
          T0,
          "regisseur.gv");

  @Test
  void theStatusHistoryFollowsTheLifecycle() {
    assertEquals(CaseStatus.TRIAGED, kase.status());
    kase.changeStatus(CaseStatus.IN_CONFERENCE, "regisseur.gv", T0.plusSeconds(60), null);
    assertThrows(
        IllegalArgumentException.class,
        () -> kase.changeStatus(CaseStatus.REOPENED, "regisseur.gv", T0.plusSeconds(90), null));
    kase.changeStatus(CaseStatus.CLOSED, "regisseur.gv", T0.plusSeconds(120), "Doel bereikt.");
    assertEquals(java.util.Optional.of(T0.plusSeconds(120)), kase.closedAt());
    kase.changeStatus(CaseStatus.REOPENED, "regisseur.gv", T0.plusSeconds(180), "Nieuw signaal.");
    assertTrue(kase.closedAt().isEmpty(), "a reopened case is not closed");
    assertEquals(4, kase.statusHistory().size());
    assertEquals(java.util.Optional.of(CaseStatus.CLOSED), kase.statusHistory().get(3).from());
  }

  @Test
  void anInvitedPartnerTakesPartUntilRevoked() {
    kase.invite(POLITIE, "regisseur.gv", T0, null);
    assertTrue(kase.activeParticipation(POLITIE, T0.plusSeconds(60)).isPresent());
    assertThrows(IllegalStateException.class, () -> kase.invite(POLITIE, "regisseur.gv", T0, null));
    assertTrue(kase.revoke(POLITIE, "regisseur.gv", T0.plusSeconds(120)));
    assertFalse(kase.activeParticipation(POLITIE, T0.plusSeconds(120)).isPresent());
    assertFalse(kase.revoke(POLITIE, "regisseur.gv", T0.plusSeconds(180)), "revoked twice");
    kase.invite(POLITIE, "regisseur.gv", T0.plusSeconds(240), null);
    assertEquals(2, kase.participations().size(), "a revoked participation stays on record");
  }

  @Test
  void aParticipationUntilAMomentEndsByItself() {
    kase.invite(POLITIE, "regisseur.gv", T0, T0.plusSeconds(3600));
    assertTrue(kase.activeParticipation(POLITIE, T0.plusSeconds(3599)).isPresent());
    assertTrue(kase.activeParticipation(POLITIE, T0.plusSeconds(3600)).isEmpty());
    assertThrows(
        IllegalArgumentException.class, () -> kase.invite(KWINTES, "regisseur.gv", T0, T0));
  }

  @Test
  void aStatementHoldsNinetyDays() {
    ConfidentialityStatement statement = kase.acceptStatement(KWINTES, "kwintes.gv", T0);
    assertEquals(T0.plus(Case.STATEMENT_VALIDITY), statement.expiresAt());
    assertTrue(statement.facts().validAt(T0.plusSeconds(89L * 24 * 3600)));
    assertFalse(statement.facts().validAt(T0.plus(Case.STATEMENT_VALIDITY)));
  }

  @Test
  void handingOverTheLeadIsAnEventThatKeepsTheOldLead() {
    LeadHandover handover = kase.handOverLead(POLITIE, "regisseur.gv", T0);
    assertEquals(ZVH, handover.from());
    assertEquals(POLITIE, handover.to());
    assertEquals(POLITIE, kase.leadPartner());
    assertThrows(
        IllegalArgumentException.class, () -> kase.handOverLead(POLITIE, "regisseur.gv", T0));
  }

  @Test
  void informationHasOneCategoryAndABoundedText() {
    CaseInformation item =
        new CaseInformation(new CaseId(1), DataCategory.SOCIAL, ZVH, "  tekst  ", "u", T0);
    assertEquals("tekst", item.text());
    assertThrows(
        IllegalArgumentException.class,
        () -> new CaseInformation(new CaseId(1), DataCategory.SOCIAL, ZVH, " ", "u", T0));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new CaseInformation(
                new CaseId(1),
                DataCategory.SOCIAL,
                ZVH,
                "x".repeat(CaseInformation.MAX_LENGTH + 1),
                "u",
                T0));
  }

  @Test
  void breakingTheGlassNeedsTenVisibleCharacters() {
    assertThrows(
        IllegalArgumentException.class,
        () -> kase.breakGlass("sub", "regisseur.gv", "\u200B".repeat(12), T0));
    assertThrows(
        IllegalArgumentException.class,
        () -> kase.breakGlass("sub", "regisseur.gv", "\u00A0Crisis\u200B\u202E", T0));
    assertEquals(
        "Crisis in de nacht",
        kase.breakGlass("sub", "regisseur.gv", "\u00A0Crisis in de nacht\u200B", T0).reason());
  }

  @Test
  void informationTextOfZeroWidthSpacesIsNoText() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new CaseInformation(
                new CaseId(1), DataCategory.SOCIAL, ZVH, "\u200B\u2060\uFEFF", "u", T0));
  }

  @Test
  void aCaseIdIsPositiveAndParsesSafely() {
    assertEquals(new CaseId(7), CaseId.parse("7").orElseThrow());
    assertTrue(CaseId.parse("0").isEmpty());
    assertTrue(CaseId.parse("abc").isEmpty());
    assertTrue(CaseId.parse(null).isEmpty());
    assertTrue(CaseId.parse("99999999999999999999").isEmpty());
  }
}
