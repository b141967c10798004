package nl.casustafel.policy;

import static nl.casustafel.policy.Fixtures.FLEVO;
import static nl.casustafel.policy.Fixtures.GV;
import static nl.casustafel.policy.Fixtures.POLITIE;
import static nl.casustafel.policy.Fixtures.ZVH;
import static nl.casustafel.policy.Fixtures.user;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.casustafel.identity.CurrentUser;
import nl.casustafel.identity.Role;
import nl.casustafel.partner.PartnerId;
import org.junit.jupiter.api.Test;

/** Who reads the progress report, follows a municipality and sees advertisement reviews (#13). */
class MensenhandelQuestionsTest {

  private static final PartnerId HILVERSUM = new PartnerId("gemeente-hilversum");
  private final PolicyDecisionPoint pdp = new PolicyDecisionPoint();
  private final CurrentUser manager = user(ZVH, GV, Role.ZVH_MANAGER);
  private final CurrentUser director = user(ZVH, GV, Role.CASE_DIRECTOR);
  private final CurrentUser coordinator = user(ZVH, GV, Role.CARE_COORDINATOR);
  private final CurrentUser police = user(POLITIE, GV, Role.PARTNER_MEMBER);
  private final CurrentUser auditor = user(ZVH, GV, Role.AUDITOR);
  private final CurrentUser liaison = user(HILVERSUM, GV, Role.MUNICIPAL_LIAISON);

  private static Optional<DenyReason> reason(Optional<Decision.Deny> refusal) {
    return refusal.map(Decision.Deny::reason);
  }

  @Test
  void theZvhStaffReadTheProgressReportAndNobodyElse() {
    for (CurrentUser staff : List.of(manager, director, coordinator)) {
      assertEquals(Optional.empty(), pdp.refusalToReadProgress(staff, GV));
    }
    for (CurrentUser other :
        List.of(police, auditor, liaison, user(ZVH, FLEVO, Role.ZVH_MANAGER))) {
      assertEquals(
          Optional.of(DenyReason.NOT_ZVH_STAFF), reason(pdp.refusalToReadProgress(other, GV)));
    }
  }

  @Test
  void onlyAMunicipalitysLiaisonFollowsIt() {
    Optional<String> hilversum = Optional.of("Hilversum");
    assertEquals(Optional.empty(), pdp.refusalToFollowMunicipality(liaison, GV, hilversum));
    assertEquals(
        Optional.of(DenyReason.NOT_MUNICIPAL_LIAISON),
        reason(pdp.refusalToFollowMunicipality(liaison, GV, Optional.empty())));
    for (CurrentUser other : List.of(manager, director, police, auditor)) {
      assertEquals(
          Optional.of(DenyReason.NOT_MUNICIPAL_LIAISON),
          reason(pdp.refusalToFollowMunicipality(other, GV, hilversum)));
    }
    assertEquals(
        Optional.of(DenyReason.NOT_MUNICIPAL_LIAISON),
        reason(pdp.refusalToFollowMunicipality(liaison, FLEVO, hilversum)));
  }

  @Test
  void theKetenregisseurReviewsAdvertisements() {
    assertEquals(Optional.empty(), pdp.refusalToReviewAdvertisements(director, GV));
    for (CurrentUser other : List.of(manager, coordinator, police, auditor, liaison)) {
      assertEquals(
          Optional.of(DenyReason.NOT_CASE_DIRECTOR),
          reason(pdp.refusalToReviewAdvertisements(other, GV)));
    }
  }

  @Test
  void aHandedReviewIsSeenByTheOrganisationsItWasHandedTo() {
    Set<PartnerId> toHilversum = Set.of(HILVERSUM);
    assertEquals(Optional.empty(), pdp.refusalToSeeHandedReview(liaison, GV, toHilversum));
    assertEquals(
        Optional.of(DenyReason.NOT_PARTICIPATING),
        reason(pdp.refusalToSeeHandedReview(police, GV, toHilversum)));
    assertEquals(
        Optional.empty(), pdp.refusalToSeeHandedReview(police, GV, Set.of(HILVERSUM, POLITIE)));
    assertEquals(
        Optional.of(DenyReason.NOT_PARTICIPATING),
        reason(pdp.refusalToSeeHandedReview(auditor, GV, Set.of(ZVH))));
    assertEquals(
        Optional.of(DenyReason.NOT_PARTICIPATING),
        reason(pdp.refusalToSeeHandedReview(liaison, FLEVO, toHilversum)));
  }

  @Test
  void onlyTheManagerSetsTheOfficeHours() {
    assertEquals(Optional.empty(), pdp.refusalToSetOfficeHours(manager, GV));
    for (CurrentUser other : List.of(director, coordinator, police, auditor, liaison)) {
      assertEquals(
          Optional.of(DenyReason.NOT_ZVH_MANAGER), reason(pdp.refusalToSetOfficeHours(other, GV)));
    }
  }

  @Test
  void onlyTheLiaisonOfTheMunicipalityItWentToStepsAReview() {
    Optional<PartnerId> toHilversum = Optional.of(HILVERSUM);
    assertEquals(Optional.empty(), pdp.refusalToStepReview(liaison, GV, toHilversum));
    assertEquals(
        Optional.of(DenyReason.NOT_MUNICIPAL_LIAISON),
        reason(
            pdp.refusalToStepReview(liaison, GV, Optional.of(new PartnerId("gemeente-huizen")))));
    assertEquals(
        Optional.of(DenyReason.NOT_MUNICIPAL_LIAISON),
        reason(pdp.refusalToStepReview(liaison, GV, Optional.empty())));
    assertEquals(
        Optional.of(DenyReason.NOT_MUNICIPAL_LIAISON),
        reason(pdp.refusalToStepReview(user(HILVERSUM, GV, Role.PARTNER_MEMBER), GV, toHilversum)));
    assertEquals(
        Optional.of(DenyReason.NOT_MUNICIPAL_LIAISON),
        reason(pdp.refusalToStepReview(liaison, FLEVO, toHilversum)));
  }
}
