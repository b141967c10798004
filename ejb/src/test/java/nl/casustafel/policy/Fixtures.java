package nl.casustafel.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import nl.casustafel.tenant.TenantId;

/** A small covenant of ZVH Gooi en Vechtstreek and its people, for the policy tests. */
final class Fixtures {

  static final TenantId GV = new TenantId("zvh-gv");
  static final TenantId FLEVO = new TenantId("zvh-flevoland");
  static final PartnerId ZVH = new PartnerId("zvh-gooi-en-vechtstreek");
  static final PartnerId POLITIE = new PartnerId("politie-midden-nederland");
  static final PartnerId VEILIG_THUIS = new PartnerId("veilig-thuis-gooi-en-vechtstreek");
  static final PartnerId KWINTES = new PartnerId("kwintes");
  static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  static final Purpose CONFERENCE = Purpose.CASE_CONFERENCE;

  private Fixtures() {}

  static CurrentUser user(PartnerId partner, TenantId tenant, Role... roles) {
    return new CurrentUser(
        "sub-" + (partner == null ? "none" : partner.value()),
        "user",
        "User",
        Optional.ofNullable(partner),
        tenant == null ? Map.of() : Map.of(tenant, EnumSet.of(roles[0], roles)),
        false);
  }

  static Grant receive(DataCategory category, String article) {
    return new Grant(
        category,
        Direction.RECEIVE,
        CONFERENCE,
        new ArticleRef(article),
        category.specialArticle().isPresent() ? "noodzakelijk voor de veiligheid" : null);
  }

  static Grant provide(DataCategory category, String article) {
    return new Grant(category, Direction.PROVIDE, CONFERENCE, new ArticleRef(article), null);
  }

  static CovenantMembership membership(PartnerId partner, MembershipRole role, Grant... grants) {
    CovenantMembership membership =
        new CovenantMembership(partner, role, LocalDate.of(2026, 1, 1), null, Set.of(grants));
    membership.sign(LocalDate.of(2026, 1, 1), "Directeur");
    return membership;
  }

  /** ZVH and police: everything; Veilig Thuis: no JUSTICE; Kwintes: ad hoc, contact only. */
  static Covenant covenant() {
    Grant[] all =
        EnumSet.allOf(DataCategory.class).stream()
            .flatMap(c -> java.util.stream.Stream.of(receive(c, "art. 5"), provide(c, "art. 6")))
            .toArray(Grant[]::new);
    Grant[] veiligThuis =
        EnumSet.complementOf(EnumSet.of(DataCategory.JUSTICE)).stream()
            .map(c -> receive(c, "art. 5.3"))
            .toArray(Grant[]::new);
    return new Covenant(
        GV,
        "Privacyconvenant casusoverleg ZVH Gooi en Vechtstreek",
        1,
        LocalDate.of(2026, 1, 1),
        List.of(
            membership(ZVH, MembershipRole.CORE, all),
            membership(POLITIE, MembershipRole.CORE, all),
            membership(VEILIG_THUIS, MembershipRole.CORE, veiligThuis),
            membership(KWINTES, MembershipRole.AD_HOC, receive(DataCategory.CONTACT, "art. 7"))));
  }

  static CaseFacts caseWith(PartnerId... participants) {
    return new CaseFacts(
        GV,
        java.util.Arrays.stream(participants)
            .map(p -> new Participation(p, NOW.minusSeconds(3600), null, null))
            .toList(),
        List.of());
  }

  static AccessRequest read(CurrentUser user, CaseFacts kase, DataCategory category) {
    return new AccessRequest(user, GV, kase, category, CONFERENCE, Action.READ, NOW);
  }
}
