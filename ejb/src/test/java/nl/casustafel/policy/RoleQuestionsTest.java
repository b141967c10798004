package nl.casustafel.policy;

import static nl.casustafel.policy.Fixtures.FLEVO;
import static nl.casustafel.policy.Fixtures.GV;
import static nl.casustafel.policy.Fixtures.KWINTES;
import static nl.casustafel.policy.Fixtures.NOW;
import static nl.casustafel.policy.Fixtures.POLITIE;
import static nl.casustafel.policy.Fixtures.VEILIG_THUIS;
import static nl.casustafel.policy.Fixtures.ZVH;
import static nl.casustafel.policy.Fixtures.caseWith;
import static nl.casustafel.policy.Fixtures.covenant;
import static nl.casustafel.policy.Fixtures.read;
import static nl.casustafel.policy.Fixtures.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.Role;
import org.junit.jupiter.api.Test;

/** The questions the screens and services ask of the decision point besides "may this be read". */
class RoleQuestionsTest {

  private final PolicyDecisionPoint pdp = new PolicyDecisionPoint();
  private final CurrentUser director = user(ZVH, GV, Role.CASE_DIRECTOR);
  private final CurrentUser coordinator = user(ZVH, GV, Role.CARE_COORDINATOR);
  private final CurrentUser police = user(POLITIE, GV, Role.PARTNER_MEMBER);
  private final CurrentUser auditor = user(ZVH, GV, Role.AUDITOR);

  private static Optional<DenyReason> reason(Optional<Decision.Deny> refusal) {
    return refusal.map(Decision.Deny::reason);
  }

  @Test
  void aMissingCaseAndAnUnknownCaseAreRefusedToKnow() {
    assertEquals(
        Optional.of(DenyReason.CASE_UNKNOWN),
        reason(pdp.refusalToKnow(police, GV, Optional.empty(), NOW)));
    assertEquals(
        Optional.of(DenyReason.NOT_PARTICIPATING),
        reason(pdp.refusalToKnow(police, GV, Optional.of(caseWith(VEILIG_THUIS)), NOW)));
    assertEquals(
        Optional.empty(),
        reason(pdp.refusalToKnow(police, GV, Optional.of(caseWith(POLITIE)), NOW)));
  }

  @Test
  void onlyTheManagerApprovesDestructionAndTheAuditorAlsoReadsTheFigures() {
    CurrentUser manager = user(ZVH, GV, Role.ZVH_MANAGER);
    assertEquals(Optional.empty(), pdp.refusalToApproveDestruction(manager, GV));
    assertEquals(Optional.empty(), pdp.refusalToReadFigures(manager, GV));
    assertEquals(Optional.empty(), pdp.refusalToReadFigures(auditor, GV));
    for (CurrentUser other : List.of(director, coordinator, police, auditor)) {
      assertEquals(
          Optional.of(DenyReason.NOT_ZVH_MANAGER),
          reason(pdp.refusalToApproveDestruction(other, GV)));
    }
    for (CurrentUser other : List.of(director, police, user(ZVH, FLEVO, Role.ZVH_MANAGER))) {
      assertEquals(
          Optional.of(DenyReason.NOT_ZVH_MANAGER), reason(pdp.refusalToReadFigures(other, GV)));
    }
  }

  @Test
  void onlyTheCaseDirectorDirects() {
    assertEquals(Optional.empty(), pdp.refusalToDirect(director, GV));
    for (CurrentUser other :
        List.of(coordinator, police, auditor, user(ZVH, FLEVO, Role.CASE_DIRECTOR))) {
      assertEquals(
          Optional.of(DenyReason.NOT_CASE_DIRECTOR), reason(pdp.refusalToDirect(other, GV)));
    }
  }

  @Test
  void breakingTheGlassIsForThoseWhoRunCasesAndTellsOthersOnlyWhatTheyKnow() {
    Optional<CaseFacts> policeCase = Optional.of(caseWith(POLITIE));
    assertEquals(Optional.empty(), pdp.refusalToBreakGlass(coordinator, GV, policeCase, NOW));
    assertEquals(
        Optional.of(DenyReason.BREAK_GLASS_NOT_ALLOWED),
        reason(pdp.refusalToBreakGlass(police, GV, policeCase, NOW)));
    assertEquals(
        Optional.of(DenyReason.NOT_PARTICIPATING),
        reason(
            pdp.refusalToBreakGlass(
                user(VEILIG_THUIS, GV, Role.PARTNER_MEMBER), GV, policeCase, NOW)));
    assertEquals(
        Optional.of(DenyReason.CASE_UNKNOWN),
        reason(pdp.refusalToBreakGlass(director, FLEVO, policeCase, NOW)));
    assertTrue(pdp.mayBreakGlass(coordinator, GV));
  }

  @Test
  void onlyTheTenantsManagerReportsOnAPerson() {
    CurrentUser manager = user(ZVH, GV, Role.ZVH_MANAGER);
    assertEquals(Optional.empty(), pdp.refusalToReportSubject(manager, GV));
    assertEquals(
        Optional.of(DenyReason.NOT_ZVH_MANAGER),
        reason(pdp.refusalToReportSubject(manager, FLEVO)));
    for (CurrentUser other :
        List.of(director, coordinator, police, auditor, user(null, GV, Role.ZVH_MANAGER))) {
      assertEquals(
          Optional.of(DenyReason.NOT_ZVH_MANAGER), reason(pdp.refusalToReportSubject(other, GV)));
    }
  }

  @Test
  void onlyAnAdHocPartnerSignsAStatement() {
    assertEquals(
        Optional.empty(),
        pdp.refusalToSignStatement(
            user(KWINTES, GV, Role.PARTNER_MEMBER), GV, Optional.of(covenant()), NOW));
    assertEquals(
        Optional.of(DenyReason.NOT_AN_AD_HOC_PARTNER),
        reason(pdp.refusalToSignStatement(police, GV, Optional.of(covenant()), NOW)));
    assertEquals(
        Optional.of(DenyReason.NOT_AN_AD_HOC_PARTNER),
        reason(
            pdp.refusalToSignStatement(
                user(KWINTES, GV, Role.PARTNER_MEMBER), GV, Optional.empty(), NOW)));
  }

  @Test
  void theInvitableAreTheValidMembersOfTheCovenantInForce() {
    assertEquals(
        Set.of(ZVH, POLITIE, VEILIG_THUIS, KWINTES), pdp.invitable(Optional.of(covenant()), NOW));
    assertEquals(Set.of(), pdp.invitable(Optional.empty(), NOW));
    assertEquals(
        Set.of(),
        pdp.invitable(Optional.of(covenant()), java.time.Instant.parse("2025-06-01T00:00:00Z")));
  }

  @Test
  void onlyTheTenantsAuditorReadsTheLog() {
    assertEquals(Optional.empty(), pdp.refusalToReadLog(auditor, GV));
    assertEquals(Optional.of(DenyReason.NOT_AUDITOR), reason(pdp.refusalToReadLog(auditor, FLEVO)));
    assertEquals(Optional.of(DenyReason.NOT_AUDITOR), reason(pdp.refusalToReadLog(director, GV)));
  }

  @Test
  void withoutACovenantNothingIsDisclosed() {
    var outcome =
        pdp.disclose(
            read(police, caseWith(POLITIE), DataCategory.CONTACT), Optional.empty(), () -> "x");
    assertEquals(new Decision.Deny(DenyReason.NO_VALID_MEMBERSHIP), outcome.decision());
    assertTrue(outcome.disclosed().isEmpty());
  }
}
