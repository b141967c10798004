package nl.casustafel.policy;

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.casustafel.covenant.ArticleRef;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantMembership;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.Grant;
import nl.casustafel.covenant.MembershipRole;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PolicyDecisionPointTest {

  private final PolicyDecisionPoint pdp = new PolicyDecisionPoint();

  private Decision decide(AccessRequest request) {
    return pdp.decide(request, covenant());
  }

  @Test
  void aParticipatingCorePartnerReadsAGrantedCategoryOnItsArticle() {
    Decision decision =
        decide(
            read(user(POLITIE, GV, Role.PARTNER_MEMBER), caseWith(POLITIE), DataCategory.JUSTICE));
    assertEquals(new Decision.Permit(new ArticleRef("art. 5")), decision);
  }

  @Test
  void aCategoryOutsideTheMembershipIsHidden() {
    Decision decision =
        decide(
            read(
                user(VEILIG_THUIS, GV, Role.PARTNER_MEMBER),
                caseWith(VEILIG_THUIS),
                DataCategory.JUSTICE));
    assertEquals(new Decision.Deny(DenyReason.CATEGORY_NOT_GRANTED), decision);
  }

  @Test
  void aPartnerNotOnTheCaseSeesNothing() {
    Decision decision =
        decide(
            read(
                user(POLITIE, GV, Role.PARTNER_MEMBER),
                caseWith(VEILIG_THUIS),
                DataCategory.CONTACT));
    assertEquals(new Decision.Deny(DenyReason.NOT_PARTICIPATING), decision);
  }

  @Test
  void aRevokedParticipationCountsFromTheNextRequest() {
    CaseFacts revoked =
        new CaseFacts(
            GV,
            List.of(new Participation(POLITIE, NOW.minusSeconds(3600), null, NOW.minusSeconds(1))),
            List.of());
    assertEquals(
        new Decision.Deny(DenyReason.NOT_PARTICIPATING),
        decide(read(user(POLITIE, GV, Role.PARTNER_MEMBER), revoked, DataCategory.CONTACT)));
  }

  @Test
  void anAdHocPartnerNeedsAValidConfidentialityStatement() {
    var kwintes = user(KWINTES, GV, Role.PARTNER_MEMBER);
    assertEquals(
        new Decision.Deny(DenyReason.CONFIDENTIALITY_STATEMENT_MISSING),
        decide(read(kwintes, caseWith(KWINTES), DataCategory.CONTACT)));
    CaseFacts signed =
        new CaseFacts(
            GV,
            caseWith(KWINTES).participations(),
            List.of(new AcceptedStatement(KWINTES, NOW.minusSeconds(60), NOW.plusSeconds(60))));
    assertTrue(decide(read(kwintes, signed, DataCategory.CONTACT)).permitted());
    CaseFacts expired =
        new CaseFacts(
            GV,
            caseWith(KWINTES).participations(),
            List.of(new AcceptedStatement(KWINTES, NOW.minusSeconds(120), NOW)));
    assertFalse(decide(read(kwintes, expired, DataCategory.CONTACT)).permitted());
  }

  @Test
  void theCaseDirectorRunsTheCasesTheZvhIsOnUnderTheZvhMembership() {
    Decision decision =
        decide(read(user(ZVH, GV, Role.CASE_DIRECTOR), caseWith(ZVH), DataCategory.HEALTH));
    assertEquals(new Decision.Permit(new ArticleRef("art. 5")), decision);
    assertEquals(
        new Decision.Deny(DenyReason.NOT_PARTICIPATING),
        decide(read(user(ZVH, GV, Role.CASE_DIRECTOR), caseWith(POLITIE), DataCategory.HEALTH)));
  }

  @Test
  void breakingTheGlassOpensACaseForThatDirectorOnlyAndOnlyForAWhile() {
    var director = user(ZVH, GV, Role.CASE_DIRECTOR);
    CaseFacts opened =
        new CaseFacts(
            GV,
            caseWith(POLITIE).participations(),
            List.of(),
            List.of(
                new EmergencyAccess(
                    director.subject(), NOW.minusSeconds(60), NOW.plusSeconds(60))));
    assertTrue(decide(read(director, opened, DataCategory.SAFETY)).permitted());
    assertTrue(pdp.viaBreakGlass(director, GV, opened, NOW));
    assertFalse(pdp.mayKnow(director, GV, opened, NOW.plusSeconds(60)), "the opening expired");
    var coordinator =
        new nl.casustafel.identity.CurrentUser(
            "someone-else",
            "zorgcoord.gv",
            "Z",
            java.util.Optional.of(ZVH),
            java.util.Map.of(GV, java.util.Set.of(Role.CARE_COORDINATOR)),
            false);
    assertFalse(pdp.mayKnow(coordinator, GV, opened, NOW), "another user's opening");
    var politie = user(POLITIE, GV, Role.PARTNER_MEMBER);
    assertFalse(pdp.viaBreakGlass(politie, GV, opened, NOW), "the police are on the case");
    var veiligThuis =
        new nl.casustafel.identity.CurrentUser(
            director.subject(),
            "vt",
            "VT",
            java.util.Optional.of(VEILIG_THUIS),
            java.util.Map.of(GV, java.util.Set.of(Role.PARTNER_MEMBER)),
            false);
    assertFalse(
        pdp.mayKnow(veiligThuis, GV, opened, NOW), "partner members cannot break the glass");
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"ZVH_MANAGER", "MUNICIPAL_LIAISON", "AUDITOR"})
  void rolesWithoutCaseWorkNeverSeeCaseContent(Role role) {
    assertEquals(
        new Decision.Deny(DenyReason.ROLE_SEES_NO_CASE_CONTENT),
        decide(read(user(ZVH, GV, role), caseWith(ZVH), DataCategory.CONTACT)));
  }

  @Test
  void thePlatformAdministratorWorksInNoTenant() {
    assertEquals(
        new Decision.Deny(DenyReason.NOT_IN_TENANT),
        decide(read(user(null, null), caseWith(), DataCategory.IDENTIFYING)));
  }

  @Test
  void aCaseOfAnotherTenantIsNeverDecidedOn() {
    CaseFacts flevo = new CaseFacts(Fixtures.FLEVO, List.of(), List.of());
    assertEquals(
        new Decision.Deny(DenyReason.CASE_OF_OTHER_TENANT),
        decide(read(user(ZVH, GV, Role.CASE_DIRECTOR), flevo, DataCategory.CONTACT)));
  }

  @Test
  void aPartnerWithoutValidMembershipIsRefused() {
    var vng = new nl.casustafel.partner.PartnerId("vng");
    assertEquals(
        new Decision.Deny(DenyReason.NO_VALID_MEMBERSHIP),
        decide(read(user(vng, GV, Role.PARTNER_MEMBER), caseWith(vng), DataCategory.CONTACT)));
  }

  @Test
  void providingNeedsAProvideGrant() {
    AccessRequest create =
        new AccessRequest(
            user(VEILIG_THUIS, GV, Role.PARTNER_MEMBER),
            GV,
            caseWith(VEILIG_THUIS),
            DataCategory.SAFETY,
            Purpose.CASE_CONFERENCE,
            Action.CREATE,
            NOW);
    assertEquals(new Decision.Deny(DenyReason.CATEGORY_NOT_GRANTED), decide(create));
  }

  @Test
  void aFailureWhileDecidingIsADeny() {
    AccessRequest request =
        read(user(POLITIE, GV, Role.PARTNER_MEMBER), caseWith(POLITIE), DataCategory.CONTACT);
    assertEquals(new Decision.Deny(DenyReason.POLICY_ERROR), pdp.decide(request, (Covenant) null));
  }

  @Test
  void dataIsOnlyDisclosedWhenPermitted() {
    var permitted =
        pdp.disclose(
            read(user(POLITIE, GV, Role.PARTNER_MEMBER), caseWith(POLITIE), DataCategory.CONTACT),
            covenant(),
            () -> "06-12345678");
    assertEquals("06-12345678", permitted.disclosed().orElseThrow().value());
    assertEquals(new ArticleRef("art. 5"), permitted.disclosed().orElseThrow().basis());
    var denied =
        pdp.disclose(
            read(user(POLITIE, GV, Role.PARTNER_MEMBER), caseWith(), DataCategory.CONTACT),
            covenant(),
            () -> {
              throw new AssertionError("data read although denied");
            });
    assertTrue(denied.disclosed().isEmpty());
  }

  @Test
  void receivingHealthOrJusticeNeedsANecessityGround() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Grant(
                DataCategory.HEALTH,
                Direction.RECEIVE,
                Purpose.CASE_CONFERENCE,
                new ArticleRef("art. 9"),
                " "));
    new Grant(
        DataCategory.HEALTH,
        Direction.PROVIDE,
        Purpose.CASE_CONFERENCE,
        new ArticleRef("art. 9"),
        null);
  }

  @Test
  void aDenyCitesTheArticleOfTheMembershipItFallsOutside() {
    Covenant covenant =
        new Covenant(
            GV,
            "Convenant",
            1,
            java.time.LocalDate.of(2026, 1, 1),
            List.of(
                signed(
                    new CovenantMembership(
                        VEILIG_THUIS,
                        MembershipRole.CORE,
                        java.time.LocalDate.of(2026, 1, 1),
                        null,
                        new ArticleRef("art. 5.3"),
                        java.util.Set.of(Fixtures.receive(DataCategory.HEALTH, "art. 5.3"))))));
    Decision decision =
        pdp.decide(
            read(
                user(VEILIG_THUIS, GV, Role.PARTNER_MEMBER),
                caseWith(VEILIG_THUIS),
                DataCategory.JUSTICE),
            covenant);
    assertEquals(
        new Decision.Deny(DenyReason.CATEGORY_NOT_GRANTED, new ArticleRef("art. 5.3")), decision);
    assertEquals("art. 5.3", ((Decision.Deny) decision).limitingArticle().orElseThrow().number());
  }

  @Test
  void whoMayKnowACase() {
    CaseFacts politieOnly = caseWith(POLITIE);
    assertFalse(pdp.mayKnow(user(ZVH, GV, Role.CASE_DIRECTOR), GV, politieOnly, NOW));
    assertTrue(pdp.mayKnow(user(ZVH, GV, Role.CASE_DIRECTOR), GV, caseWith(ZVH), NOW));
    assertTrue(pdp.mayKnow(user(ZVH, GV, Role.CARE_COORDINATOR), GV, caseWith(ZVH), NOW));
    assertTrue(pdp.mayKnow(user(POLITIE, GV, Role.PARTNER_MEMBER), GV, politieOnly, NOW));
    assertFalse(pdp.mayKnow(user(VEILIG_THUIS, GV, Role.PARTNER_MEMBER), GV, politieOnly, NOW));
    assertFalse(pdp.mayKnow(user(ZVH, GV, Role.ZVH_MANAGER), GV, politieOnly, NOW));
    assertFalse(pdp.mayKnow(user(ZVH, GV, Role.AUDITOR), GV, politieOnly, NOW));
    assertFalse(
        pdp.mayKnow(user(POLITIE, GV, Role.PARTNER_MEMBER), Fixtures.FLEVO, politieOnly, NOW));
  }

  @Test
  void aRevokedPartnerNoLongerKnowsTheCaseFromTheMomentOfRevocation() {
    CaseFacts revoked =
        new CaseFacts(
            GV, List.of(new Participation(POLITIE, NOW.minusSeconds(3600), null, NOW)), List.of());
    var politie = user(POLITIE, GV, Role.PARTNER_MEMBER);
    assertTrue(pdp.mayKnow(politie, GV, revoked, NOW.minusSeconds(1)));
    assertFalse(pdp.mayKnow(politie, GV, revoked, NOW));
  }

  @Test
  void onlyTheCaseDirectorDirectsParticipation() {
    assertTrue(pdp.directsCases(user(ZVH, GV, Role.CASE_DIRECTOR), GV));
    assertFalse(pdp.directsCases(user(ZVH, GV, Role.CARE_COORDINATOR), GV));
    assertFalse(pdp.directsCases(user(ZVH, GV, Role.CASE_DIRECTOR), Fixtures.FLEVO));
  }

  private static CovenantMembership signed(CovenantMembership membership) {
    membership.sign(java.time.LocalDate.of(2026, 1, 1), "Directeur");
    return membership;
  }

  @Test
  void anUnsignedPartnerGetsNothing() {
    CovenantMembership unsigned =
        new CovenantMembership(
            VEILIG_THUIS,
            MembershipRole.CORE,
            java.time.LocalDate.of(2026, 1, 1),
            null,
            java.util.Set.of(Fixtures.receive(DataCategory.HEALTH, "art. 5.3")));
    Covenant covenant =
        new Covenant(GV, "Convenant", 1, java.time.LocalDate.of(2026, 1, 1), List.of(unsigned));
    Decision decision =
        pdp.decide(
            read(
                user(VEILIG_THUIS, GV, Role.PARTNER_MEMBER),
                caseWith(VEILIG_THUIS),
                DataCategory.HEALTH),
            covenant);
    assertEquals(new Decision.Deny(DenyReason.NO_VALID_MEMBERSHIP), decision);
  }

  @Test
  void aPartnersCoordinatorKeepsThePeopleOfItsOwnOrganisationOnly() {
    var coordinator = user(VEILIG_THUIS, GV, Role.PARTNER_COORDINATOR);
    assertEquals(
        java.util.Optional.empty(),
        pdp.refusalToKeepPeopleOf(coordinator, GV, java.util.Optional.of(VEILIG_THUIS)));
    assertEquals(
        DenyReason.NOT_ZVH_MANAGER,
        pdp.refusalToKeepPeopleOf(coordinator, GV, java.util.Optional.of(Fixtures.KWINTES))
            .orElseThrow()
            .reason());
    assertEquals(
        DenyReason.NOT_ZVH_MANAGER,
        pdp.refusalToKeepPeopleOf(
                user(VEILIG_THUIS, GV, Role.PARTNER_MEMBER),
                GV,
                java.util.Optional.of(VEILIG_THUIS))
            .orElseThrow()
            .reason());
    assertTrue(pdp.refusalToKeepTenant(coordinator, GV).isPresent(), "no covenant, no partners");
  }
}
