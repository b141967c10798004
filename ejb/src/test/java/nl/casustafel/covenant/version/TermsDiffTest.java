package nl.casustafel.covenant.version;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.MembershipRole;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.covenant.version.CovenantChange.Kind;
import org.junit.jupiter.api.Test;

class TermsDiffTest {

  private static final CovenantTerms DEMO = Demo.covenant();

  private static CovenantChange grantChange(
      Kind kind,
      String partner,
      DataCategory category,
      Direction direction,
      String before,
      String after) {
    return new CovenantChange(
        kind, partner, category, direction, Purpose.CASE_CONFERENCE, null, before, after);
  }

  @Test
  void equalTermsHaveNoDifference() {
    assertEquals(List.of(), TermsDiff.between(DEMO, Demo.covenant()));
  }

  @Test
  void titleAndRetentionComeFirst() {
    CovenantTerms draft =
        new CovenantTerms("Nieuwe titel", 36, DEMO.articles(), DEMO.memberships());

    assertEquals(
        List.of(
            new CovenantChange(
                Kind.TITLE_CHANGED, null, null, null, null, null, Demo.TITLE, "Nieuwe titel"),
            new CovenantChange(Kind.RETENTION_CHANGED, null, null, null, null, null, "24", "36")),
        TermsDiff.between(DEMO, draft));
  }

  @Test
  void articlesAreAddedRemovedOrChangedInOrderOfNumber() {
    SortedMap<String, String> articles = new TreeMap<>(DEMO.articles());
    articles.remove("art. 6");
    articles.put("art. 5", "Nieuwe tekst.");
    articles.put("art. 8", "Klachten.");
    CovenantTerms draft = new CovenantTerms(DEMO.title(), 24, articles, DEMO.memberships());

    List<CovenantChange> articleChanges =
        TermsDiff.between(DEMO, draft).stream().filter(c -> c.article() != null).toList();

    assertEquals(
        List.of(
            new CovenantChange(
                Kind.ARTICLE_CHANGED,
                null,
                null,
                null,
                null,
                "art. 5",
                DEMO.articles().get("art. 5"),
                "Nieuwe tekst."),
            new CovenantChange(
                Kind.ARTICLE_REMOVED,
                null,
                null,
                null,
                null,
                "art. 6",
                DEMO.articles().get("art. 6"),
                null),
            new CovenantChange(
                Kind.ARTICLE_ADDED, null, null, null, null, "art. 8", null, "Klachten.")),
        articleChanges);
  }

  @Test
  void addingAGrantIsAGainAndTakingItBackALoss() {
    GrantTerms justice = Demo.grant(DataCategory.JUSTICE, Direction.RECEIVE, "art. 5");
    CovenantTerms withJustice =
        Demo.withMembership(
            DEMO,
            Demo.VEILIG_THUIS,
            Demo.withGrant(DEMO.memberships().get(Demo.VEILIG_THUIS), justice));

    assertEquals(
        List.of(
            grantChange(
                Kind.GRANT_GAINED,
                Demo.VEILIG_THUIS,
                DataCategory.JUSTICE,
                Direction.RECEIVE,
                null,
                "art. 5.3")),
        TermsDiff.between(DEMO, withJustice));
    assertEquals(
        List.of(
            grantChange(
                Kind.GRANT_LOST,
                Demo.VEILIG_THUIS,
                DataCategory.JUSTICE,
                Direction.RECEIVE,
                "art. 5.3",
                null)),
        TermsDiff.between(withJustice, DEMO));
  }

  @Test
  void aGrantOnAnotherArticleOrGroundIsAChangeNotAGainAndLoss() {
    MembershipTerms politie = DEMO.memberships().get(Demo.POLITIE);
    GrantTerms health =
        new GrantTerms(
            DataCategory.HEALTH,
            Direction.RECEIVE,
            Purpose.CASE_CONFERENCE,
            "art. 5",
            "Alleen bij acuut gevaar.");
    CovenantTerms draft = Demo.withMembership(DEMO, Demo.POLITIE, Demo.withGrant(politie, health));

    assertEquals(
        List.of(
            grantChange(
                Kind.GRANT_ARTICLE_CHANGED,
                Demo.POLITIE,
                DataCategory.HEALTH,
                Direction.RECEIVE,
                "art. 5.3",
                "art. 5"),
            grantChange(
                Kind.NECESSITY_GROUND_CHANGED,
                Demo.POLITIE,
                DataCategory.HEALTH,
                Direction.RECEIVE,
                Demo.GROUND,
                "Alleen bij acuut gevaar.")),
        TermsDiff.between(DEMO, draft));
  }

  @Test
  void roleAndArticleOfAMembershipPrecedeItsGrants() {
    MembershipTerms kwintes = DEMO.memberships().get(Demo.KWINTES);
    MembershipTerms core =
        Demo.withGrant(
            new MembershipTerms(MembershipRole.CORE, "art. 5", kwintes.grants()),
            Demo.grant(DataCategory.SAFETY, Direction.RECEIVE, "art. 5"));
    CovenantTerms draft = Demo.withMembership(DEMO, Demo.KWINTES, core);

    assertEquals(
        List.of(
            new CovenantChange(
                Kind.ROLE_CHANGED, Demo.KWINTES, null, null, null, null, "AD_HOC", "CORE"),
            new CovenantChange(
                Kind.MEMBERSHIP_ARTICLE_CHANGED,
                Demo.KWINTES,
                null,
                null,
                null,
                null,
                "art. 7",
                "art. 5"),
            grantChange(
                Kind.GRANT_GAINED,
                Demo.KWINTES,
                DataCategory.SAFETY,
                Direction.RECEIVE,
                null,
                "art. 5")),
        TermsDiff.between(DEMO, draft));
  }

  @Test
  void aPartnerThatLeavesLosesEachOfItsGrantsAndOneThatJoinsGainsThem() {
    CovenantTerms withoutKwintes = Demo.withMembership(DEMO, Demo.KWINTES, null);
    List<CovenantChange> expectedLeaving =
        List.of(
            new CovenantChange(
                Kind.PARTNER_LEFT, Demo.KWINTES, null, null, null, null, "AD_HOC", null),
            grantChange(
                Kind.GRANT_LOST,
                Demo.KWINTES,
                DataCategory.CONTACT,
                Direction.RECEIVE,
                "art. 7",
                null),
            grantChange(
                Kind.GRANT_LOST,
                Demo.KWINTES,
                DataCategory.CONTACT,
                Direction.PROVIDE,
                "art. 7",
                null),
            grantChange(
                Kind.GRANT_LOST,
                Demo.KWINTES,
                DataCategory.SOCIAL,
                Direction.RECEIVE,
                "art. 7",
                null),
            grantChange(
                Kind.GRANT_LOST,
                Demo.KWINTES,
                DataCategory.SOCIAL,
                Direction.PROVIDE,
                "art. 7",
                null));

    assertEquals(expectedLeaving, TermsDiff.between(DEMO, withoutKwintes));
    assertEquals(
        Set.of(Kind.PARTNER_JOINED, Kind.GRANT_GAINED),
        Set.copyOf(
            TermsDiff.between(withoutKwintes, DEMO).stream().map(CovenantChange::kind).toList()));
  }

  @Test
  void changesAreListedCovenantFirstThenPartnerByPartner() {
    SortedMap<String, String> articles = new TreeMap<>(DEMO.articles());
    articles.put("art. 8", "Klachten.");
    CovenantTerms draft = new CovenantTerms(DEMO.title(), 12, articles, DEMO.memberships());
    draft = Demo.withMembership(draft, Demo.KWINTES, null);
    draft =
        Demo.withMembership(
            draft,
            Demo.VEILIG_THUIS,
            Demo.withoutCategory(draft.memberships().get(Demo.VEILIG_THUIS), DataCategory.HEALTH));
    draft =
        Demo.withMembership(
            draft, Demo.HILVERSUM, new MembershipTerms(MembershipRole.AD_HOC, "art. 6", Set.of()));

    List<String> order =
        TermsDiff.between(DEMO, draft).stream()
            .map(c -> c.kind() + " " + (c.partner() == null ? "" : c.partner()))
            .distinct()
            .toList();

    assertEquals(
        List.of(
            "RETENTION_CHANGED ",
            "ARTICLE_ADDED ",
            "ROLE_CHANGED gemeente-hilversum",
            "GRANT_LOST gemeente-hilversum",
            "PARTNER_LEFT kwintes",
            "GRANT_LOST kwintes",
            "GRANT_LOST veilig-thuis-gooi-en-vechtstreek"),
        order);
  }

  @Test
  void theBundleKeyOfAGrantChangeNamesItsDirection() {
    assertEquals(
        "covenantChange.GRANT_LOST.RECEIVE",
        grantChange(Kind.GRANT_LOST, Demo.ZVH, DataCategory.SAFETY, Direction.RECEIVE, "a", null)
            .key());
    assertEquals(
        "covenantChange.PARTNER_LEFT",
        new CovenantChange(Kind.PARTNER_LEFT, Demo.ZVH, null, null, null, null, "CORE", null)
            .key());
  }
}
