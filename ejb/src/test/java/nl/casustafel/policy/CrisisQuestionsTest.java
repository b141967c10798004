package nl.casustafel.policy;

import static nl.casustafel.policy.Fixtures.FLEVO;
import static nl.casustafel.policy.Fixtures.GV;
import static nl.casustafel.policy.Fixtures.NOW;
import static nl.casustafel.policy.Fixtures.POLITIE;
import static nl.casustafel.policy.Fixtures.VEILIG_THUIS;
import static nl.casustafel.policy.Fixtures.ZVH;
import static nl.casustafel.policy.Fixtures.caseWith;
import static nl.casustafel.policy.Fixtures.membership;
import static nl.casustafel.policy.Fixtures.provide;
import static nl.casustafel.policy.Fixtures.receive;
import static nl.casustafel.policy.Fixtures.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.casustafel.covenant.ArticleRef;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantMembership;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.Grant;
import nl.casustafel.covenant.MembershipRole;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.Role;
import nl.casustafel.partner.PartnerId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The crisis hand-over (issue #13, part 3): who opens a crisis card outside office hours, what of
 * it a crisis service sees, and who keeps the rota and the cards.
 */
class CrisisQuestionsTest {

  /** The crisis service for adults: receives contact, safety and health for safety assessment. */
  private static final PartnerId CRISIS_ADULTS = new PartnerId("crisisdienst-18plus");

  /** The crisis service for minors: joined the covenant, but has not signed yet. */
  private static final PartnerId CRISIS_MINORS = new PartnerId("crisisdienst-18min");

  private final PolicyDecisionPoint pdp = new PolicyDecisionPoint();
  private final CurrentUser crisisWorker = user(CRISIS_ADULTS, GV, Role.PARTNER_MEMBER);

  /** A grant to receive the category for {@link Purpose#SAFETY_ASSESSMENT}. */
  private static Grant receiveForSafety(DataCategory category, String article) {
    return new Grant(
        category,
        Direction.RECEIVE,
        Purpose.SAFETY_ASSESSMENT,
        new ArticleRef(article),
        category.specialArticle().isPresent() ? "acuut gevaar afwenden" : null);
  }

  /**
   * ZVH: everything for the case conference. Adults' crisis service: CONTACT, SAFETY and HEALTH for
   * safety assessment, signed. Minors' crisis service: the same, unsigned. Veilig Thuis: everything
   * for the case conference only. Police: may PROVIDE safety data for safety assessment only.
   */
  private static Covenant covenant() {
    Grant[] conference =
        EnumSet.allOf(DataCategory.class).stream()
            .map(c -> receive(c, "art. 5"))
            .toArray(Grant[]::new);
    Set<Grant> forSafety =
        Set.of(
            receiveForSafety(DataCategory.CONTACT, "art. 9"),
            receiveForSafety(DataCategory.SAFETY, "art. 9"),
            receiveForSafety(DataCategory.HEALTH, "art. 9.2"));
    CovenantMembership unsigned =
        new CovenantMembership(
            CRISIS_MINORS, MembershipRole.CORE, LocalDate.of(2026, 1, 1), null, forSafety);
    return new Covenant(
        GV,
        "Privacyconvenant ZVH Gooi en Vechtstreek, met crisisdiensten",
        2,
        LocalDate.of(2026, 1, 1),
        List.of(
            membership(ZVH, MembershipRole.CORE, conference),
            membership(CRISIS_ADULTS, MembershipRole.CORE, forSafety.toArray(Grant[]::new)),
            unsigned,
            membership(VEILIG_THUIS, MembershipRole.CORE, conference),
            membership(
                POLITIE,
                MembershipRole.CORE,
                new Grant(
                    DataCategory.SAFETY,
                    Direction.PROVIDE,
                    Purpose.SAFETY_ASSESSMENT,
                    new ArticleRef("art. 9"),
                    null),
                provide(DataCategory.SAFETY, "art. 6"))));
  }

  private static AccessRequest crisisRead(CurrentUser user, CaseFacts kase, DataCategory category) {
    return new AccessRequest(user, GV, kase, category, Purpose.SAFETY_ASSESSMENT, Action.READ, NOW);
  }

  /** The decision, checking that the data was fetched exactly when it is disclosed. */
  private Decision inCrisis(AccessRequest request, Optional<Covenant> covenant) {
    AtomicInteger fetched = new AtomicInteger();
    Supplier<String> card =
        () -> {
          fetched.incrementAndGet();
          return "veilig contact: via de opvang";
        };
    PolicyDecisionPoint.Outcome<String> outcome = pdp.discloseInCrisis(request, covenant, card);
    assertEquals(request.category(), outcome.category());
    assertEquals(outcome.decision().permitted(), outcome.disclosed().isPresent());
    assertEquals(outcome.decision().permitted() ? 1 : 0, fetched.get());
    outcome.disclosed().ifPresent(d -> assertEquals("veilig contact: via de opvang", d.value()));
    return outcome.decision();
  }

  private static Optional<DenyReason> reason(Optional<Decision.Deny> refusal) {
    return refusal.map(Decision.Deny::reason);
  }

  // --- refusalToOpenInCrisis

  @Test
  void aCrisisServiceOpensACardWhileTheOfficeIsClosed() {
    assertEquals(Optional.empty(), pdp.refusalToOpenInCrisis(crisisWorker, GV, true, false));
    CurrentUser coordinator = user(CRISIS_ADULTS, GV, Role.PARTNER_COORDINATOR);
    assertEquals(Optional.empty(), pdp.refusalToOpenInCrisis(coordinator, GV, true, false));
  }

  @Test
  void whileTheOfficeIsOpenTheZvhItselfIsReachable() {
    assertEquals(
        Optional.of(DenyReason.NOT_IN_CRISIS_SERVICE_HOURS),
        reason(pdp.refusalToOpenInCrisis(crisisWorker, GV, true, true)));
  }

  @Test
  void aPartnerThatIsNoCrisisServiceNeverOpensInCrisis() {
    CurrentUser police = user(POLITIE, GV, Role.PARTNER_MEMBER);
    assertEquals(
        Optional.of(DenyReason.NOT_IN_CRISIS_SERVICE_HOURS),
        reason(pdp.refusalToOpenInCrisis(police, GV, false, false)));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {
        "ZVH_MANAGER",
        "CASE_DIRECTOR",
        "CARE_COORDINATOR",
        "MUNICIPAL_LIAISON",
        "AUDITOR",
        "PLATFORM_ADMIN"
      })
  void onlyPartnerMembersOfTheCrisisServiceOpenInCrisis(Role role) {
    CurrentUser other = user(CRISIS_ADULTS, GV, role);
    assertEquals(
        Optional.of(DenyReason.NOT_IN_CRISIS_SERVICE_HOURS),
        reason(pdp.refusalToOpenInCrisis(other, GV, true, false)));
  }

  @Test
  void aMemberOfAnotherTenantOrWithoutAPartnerDoesNotOpenInCrisis() {
    CurrentUser elsewhere = user(CRISIS_ADULTS, FLEVO, Role.PARTNER_MEMBER);
    CurrentUser noPartner = user(null, GV, Role.PARTNER_MEMBER);
    for (CurrentUser u : List.of(elsewhere, noPartner)) {
      assertEquals(
          Optional.of(DenyReason.NOT_IN_CRISIS_SERVICE_HOURS),
          reason(pdp.refusalToOpenInCrisis(u, GV, true, false)));
    }
  }

  // --- discloseInCrisis

  @Test
  void aCrisisServiceReadsWhatItMayReceiveForSafetyWithoutTakingPartInTheCase() {
    CaseFacts notOurs = caseWith(ZVH, POLITIE);
    assertEquals(
        new Decision.Permit(new ArticleRef("art. 9")),
        inCrisis(crisisRead(crisisWorker, notOurs, DataCategory.CONTACT), Optional.of(covenant())));
    assertEquals(
        new Decision.Permit(new ArticleRef("art. 9.2")),
        inCrisis(crisisRead(crisisWorker, notOurs, DataCategory.HEALTH), Optional.of(covenant())));
  }

  @Test
  void aCategoryNotGrantedForSafetyStaysHidden() {
    for (DataCategory hidden :
        List.of(DataCategory.JUSTICE, DataCategory.IDENTIFYING, DataCategory.VICTIM_STATUS)) {
      Decision decision =
          inCrisis(crisisRead(crisisWorker, caseWith(ZVH), hidden), Optional.of(covenant()));
      assertEquals(DenyReason.CATEGORY_NOT_GRANTED, ((Decision.Deny) decision).reason());
    }
  }

  @Test
  void grantsForTheCaseConferenceAreNotEnoughInCrisis() {
    CurrentUser veiligThuis = user(VEILIG_THUIS, GV, Role.PARTNER_MEMBER);
    for (DataCategory category : DataCategory.values()) {
      Decision decision =
          inCrisis(
              crisisRead(veiligThuis, caseWith(VEILIG_THUIS), category), Optional.of(covenant()));
      assertEquals(
          new Decision.Deny(DenyReason.CATEGORY_NOT_GRANTED), decision, category.toString());
    }
  }

  @Test
  void aGrantToProvideIsNoGrantToReceive() {
    CurrentUser police = user(POLITIE, GV, Role.PARTNER_MEMBER);
    assertFalse(
        inCrisis(crisisRead(police, caseWith(ZVH), DataCategory.SAFETY), Optional.of(covenant()))
            .permitted());
  }

  @Test
  void theRequestsPurposeDoesNotWidenTheGrantsInCrisis() {
    // Veilig Thuis may receive everything for the case conference; asking "for the conference"
    // in crisis changes nothing: a crisis opening is always a safety assessment.
    CurrentUser veiligThuis = user(VEILIG_THUIS, GV, Role.PARTNER_MEMBER);
    AccessRequest asConference =
        new AccessRequest(
            veiligThuis,
            GV,
            caseWith(VEILIG_THUIS),
            DataCategory.CONTACT,
            Purpose.CASE_CONFERENCE,
            Action.READ,
            NOW);
    assertFalse(inCrisis(asConference, Optional.of(covenant())).permitted());
  }

  @Test
  void anUnsignedMembershipGetsNothing() {
    CurrentUser minors = user(CRISIS_MINORS, GV, Role.PARTNER_MEMBER);
    for (DataCategory category : DataCategory.values()) {
      assertEquals(
          new Decision.Deny(DenyReason.NO_VALID_MEMBERSHIP),
          inCrisis(crisisRead(minors, caseWith(ZVH), category), Optional.of(covenant())),
          category.toString());
    }
  }

  @Test
  void anEndedMembershipGetsNothing() {
    CovenantMembership ended =
        new CovenantMembership(
            CRISIS_ADULTS,
            MembershipRole.CORE,
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2026, 11, 27),
            Set.of(receiveForSafety(DataCategory.CONTACT, "art. 9")));
    ended.sign(LocalDate.of(2025, 1, 1), "Directeur crisisdienst");
    Covenant covenant = new Covenant(GV, "Convenant", 1, LocalDate.of(2025, 1, 1), List.of(ended));
    assertEquals(
        new Decision.Deny(DenyReason.NO_VALID_MEMBERSHIP),
        inCrisis(
            crisisRead(crisisWorker, caseWith(ZVH), DataCategory.CONTACT), Optional.of(covenant)));
  }

  @Test
  void withoutACovenantOrAPartnerNothingIsDisclosed() {
    assertEquals(
        new Decision.Deny(DenyReason.NO_VALID_MEMBERSHIP),
        inCrisis(crisisRead(crisisWorker, caseWith(ZVH), DataCategory.CONTACT), Optional.empty()));
    CurrentUser noPartner = user(null, GV, Role.PARTNER_MEMBER);
    assertEquals(
        new Decision.Deny(DenyReason.NO_VALID_MEMBERSHIP),
        inCrisis(
            crisisRead(noPartner, caseWith(ZVH), DataCategory.CONTACT), Optional.of(covenant())));
  }

  @Test
  void aCaseOfAnotherTenantIsRefused() {
    CaseFacts flevoCase = new CaseFacts(FLEVO, caseWith(ZVH).participations(), List.of());
    assertEquals(
        new Decision.Deny(DenyReason.CASE_OF_OTHER_TENANT),
        inCrisis(
            crisisRead(crisisWorker, flevoCase, DataCategory.CONTACT), Optional.of(covenant())));
  }

  // --- the rota and the crisis card

  @Test
  void theManagerDirectorsAndCoordinatorsKeepTheRota() {
    for (Role keeper : List.of(Role.ZVH_MANAGER, Role.CASE_DIRECTOR, Role.CARE_COORDINATOR)) {
      assertEquals(
          Optional.empty(), pdp.refusalToKeepRota(user(ZVH, GV, keeper), GV), keeper.name());
    }
    for (Role other :
        List.of(
            Role.PARTNER_MEMBER,
            Role.PARTNER_COORDINATOR,
            Role.MUNICIPAL_LIAISON,
            Role.AUDITOR,
            Role.PLATFORM_ADMIN)) {
      assertEquals(
          Optional.of(DenyReason.NOT_ZVH_STAFF),
          reason(pdp.refusalToKeepRota(user(ZVH, GV, other), GV)),
          other.name());
    }
    assertEquals(
        Optional.of(DenyReason.NOT_ZVH_STAFF),
        reason(pdp.refusalToKeepRota(user(ZVH, FLEVO, Role.ZVH_MANAGER), GV)));
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyMemberOfTheTenantReadsTheRota(Role role) {
    assertEquals(Optional.empty(), pdp.refusalToReadRota(user(POLITIE, GV, role), GV));
    assertEquals(
        Optional.of(DenyReason.NOT_IN_TENANT),
        reason(pdp.refusalToReadRota(user(POLITIE, FLEVO, role), GV)));
  }

  @Test
  void aUserWithoutATenantDoesNotReadTheRota() {
    assertEquals(
        Optional.of(DenyReason.NOT_IN_TENANT),
        reason(pdp.refusalToReadRota(user(POLITIE, null), GV)));
  }

  @Test
  void onlyThoseWhoRunTheCasesKeepACrisisCard() {
    for (Role keeper : List.of(Role.CASE_DIRECTOR, Role.CARE_COORDINATOR)) {
      assertEquals(
          Optional.empty(), pdp.refusalToKeepCrisisCard(user(ZVH, GV, keeper), GV), keeper.name());
    }
    for (Role other :
        List.of(
            Role.ZVH_MANAGER,
            Role.PARTNER_MEMBER,
            Role.PARTNER_COORDINATOR,
            Role.MUNICIPAL_LIAISON,
            Role.AUDITOR,
            Role.PLATFORM_ADMIN)) {
      assertEquals(
          Optional.of(DenyReason.NOT_ZVH_STAFF),
          reason(pdp.refusalToKeepCrisisCard(user(ZVH, GV, other), GV)),
          other.name());
    }
    CurrentUser crisisPartner = user(CRISIS_ADULTS, GV, Role.PARTNER_MEMBER);
    assertTrue(pdp.refusalToKeepCrisisCard(crisisPartner, GV).isPresent());
    assertEquals(
        Optional.of(DenyReason.NOT_ZVH_STAFF),
        reason(pdp.refusalToKeepCrisisCard(user(ZVH, FLEVO, Role.CASE_DIRECTOR), GV)));
  }
}
