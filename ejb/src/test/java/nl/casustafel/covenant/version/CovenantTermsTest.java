package nl.casustafel.covenant.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.casustafel.covenant.ArticleRef;
import nl.casustafel.covenant.Covenant;
import nl.casustafel.covenant.CovenantMembership;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.Grant;
import nl.casustafel.covenant.MembershipRole;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.partner.PartnerId;
import nl.casustafel.tenant.TenantId;
import org.junit.jupiter.api.Test;

class CovenantTermsTest {

  private static final LocalDate START = LocalDate.of(2020, 1, 1);

  @Test
  void readsAStoredVersionThroughItsAccessors() {
    Grant justice =
        new Grant(
            DataCategory.JUSTICE,
            Direction.RECEIVE,
            Purpose.CASE_CONFERENCE,
            new ArticleRef("art. 5.3"),
            Demo.GROUND);
    Grant contact =
        new Grant(
            DataCategory.CONTACT,
            Direction.PROVIDE,
            Purpose.CASE_CONFERENCE,
            new ArticleRef("art. 7"),
            null);
    Covenant covenant =
        new Covenant(
            new TenantId("zvh-gv"),
            Demo.TITLE,
            1,
            START,
            List.of(
                new CovenantMembership(
                    new PartnerId(Demo.POLITIE),
                    MembershipRole.CORE,
                    START,
                    null,
                    new ArticleRef("art. 5"),
                    Set.of(justice)),
                new CovenantMembership(
                    new PartnerId(Demo.KWINTES),
                    MembershipRole.AD_HOC,
                    START,
                    null,
                    Set.of(contact))));

    CovenantTerms terms = CovenantTerms.of(covenant);

    assertEquals(Demo.TITLE, terms.title());
    assertEquals(List.of(Demo.KWINTES, Demo.POLITIE), List.copyOf(terms.memberships().keySet()));
    MembershipTerms politie = terms.memberships().get(Demo.POLITIE);
    assertEquals(MembershipRole.CORE, politie.role());
    assertEquals("art. 5", politie.article());
    assertEquals(
        Set.of(
            new GrantTerms(
                DataCategory.JUSTICE,
                Direction.RECEIVE,
                Purpose.CASE_CONFERENCE,
                "art. 5.3",
                Demo.GROUND)),
        politie.grants());
    MembershipTerms kwintes = terms.memberships().get(Demo.KWINTES);
    assertNull(kwintes.article());
    assertEquals(
        Set.of(
            new GrantTerms(
                DataCategory.CONTACT, Direction.PROVIDE, Purpose.CASE_CONFERENCE, "art. 7", null)),
        kwintes.grants());
  }

  @Test
  void onADayOnlyTheMembershipsValidThatDayCount() {
    Covenant covenant =
        new Covenant(
            new TenantId("zvh-gv"),
            Demo.TITLE,
            1,
            START,
            List.of(
                signed(
                    new CovenantMembership(
                        new PartnerId(Demo.POLITIE), MembershipRole.CORE, START, null, Set.of())),
                signed(
                    new CovenantMembership(
                        new PartnerId(Demo.KWINTES),
                        MembershipRole.AD_HOC,
                        START,
                        LocalDate.of(2025, 6, 30),
                        Set.of()))));

    assertEquals(
        Set.of(Demo.POLITIE, Demo.KWINTES),
        CovenantTerms.of(covenant, LocalDate.of(2025, 6, 30)).memberships().keySet());
    assertEquals(
        Set.of(Demo.POLITIE),
        CovenantTerms.of(covenant, LocalDate.of(2025, 7, 1)).memberships().keySet());
  }

  @Test
  void keepsSortedDefensiveCopies() {
    SortedMap<String, String> articles = new TreeMap<>(Collections.reverseOrder());
    articles.put("art. 3", "Doel.");
    articles.put("art. 5", "Kernpartners.");
    Set<GrantTerms> grants =
        new HashSet<>(Set.of(Demo.grant(DataCategory.SOCIAL, Direction.RECEIVE, "art. 5")));
    MembershipTerms membership = new MembershipTerms(MembershipRole.CORE, "art. 5", grants);
    SortedMap<String, MembershipTerms> memberships = new TreeMap<>();
    memberships.put(Demo.ZVH, membership);
    CovenantTerms terms = new CovenantTerms("Titel", 24, articles, memberships);

    articles.put("art. 9", "Later toegevoegd.");
    memberships.clear();
    grants.clear();

    assertEquals(List.of("art. 3", "art. 5"), List.copyOf(terms.articles().keySet()));
    assertEquals(Set.of(Demo.ZVH), terms.memberships().keySet());
    assertEquals(1, terms.memberships().get(Demo.ZVH).grants().size());
    assertThrows(UnsupportedOperationException.class, () -> terms.articles().put("x", "y"));
    assertThrows(UnsupportedOperationException.class, () -> terms.memberships().clear());
    assertThrows(
        UnsupportedOperationException.class,
        () -> terms.memberships().get(Demo.ZVH).grants().clear());
  }

  @Test
  void aMembershipHasOneGrantPerCell() {
    Set<GrantTerms> twice =
        Set.of(
            new GrantTerms(
                DataCategory.SOCIAL, Direction.RECEIVE, Purpose.CASE_CONFERENCE, "art. 5", null),
            new GrantTerms(
                DataCategory.SOCIAL, Direction.RECEIVE, Purpose.CASE_CONFERENCE, "art. 6", null));

    assertThrows(
        IllegalArgumentException.class,
        () -> new MembershipTerms(MembershipRole.CORE, null, twice));
  }

  @Test
  void aMembershipIsKeyedByAValidPartnerId() {
    SortedMap<String, MembershipTerms> memberships = new TreeMap<>();
    memberships.put("Veilig Thuis", new MembershipTerms(MembershipRole.CORE, null, Set.of()));

    assertThrows(
        IllegalArgumentException.class,
        () -> new CovenantTerms("Titel", 24, new TreeMap<>(), memberships));
  }

  @Test
  void theDemoCovenantHasTheMatrixOfItsScript() {
    CovenantTerms demo = Demo.covenant();

    assertEquals(14, demo.memberships().get(Demo.POLITIE).grants().size());
    assertEquals(12, demo.memberships().get(Demo.VEILIG_THUIS).grants().size());
    assertTrue(
        demo.memberships().get(Demo.KWINTES).grants().stream()
            .allMatch(g -> "art. 7".equals(g.article())));
    assertEquals(List.of(), DraftRules.check(demo, START.plusDays(1), START));
  }

  /** Signed on its first day: an unsigned membership is valid on no day. */
  private static CovenantMembership signed(CovenantMembership membership) {
    membership.sign(membership.validFrom(), "Directeur");
    return membership;
  }
}
