package nl.casustafel.covenant.version;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.MembershipRole;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.covenant.version.DraftProblem.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DraftRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  private static final LocalDate TOMORROW = TODAY.plusDays(1);

  private static List<DraftProblem> check(CovenantTerms draft) {
    return DraftRules.check(draft, TOMORROW, TODAY);
  }

  private static CovenantTerms withTitle(String title) {
    CovenantTerms demo = Demo.covenant();
    return new CovenantTerms(title, 24, demo.articles(), demo.memberships());
  }

  private static CovenantTerms withArticles(SortedMap<String, String> articles) {
    CovenantTerms demo = Demo.covenant();
    return new CovenantTerms(demo.title(), 24, articles, demo.memberships());
  }

  private static CovenantTerms withGrant(String partner, GrantTerms grant) {
    CovenantTerms demo = Demo.covenant();
    return Demo.withMembership(
        demo, partner, Demo.withGrant(demo.memberships().get(partner), grant));
  }

  @Test
  void theDemoCovenantTakingForceTomorrowIsValid() {
    assertEquals(List.of(), check(Demo.covenant()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u200B\u200B", "\u00A0"})
  @NullSource
  void theTitleNeedsVisibleCharacters(String title) {
    assertEquals(List.of(DraftProblem.of(Rule.TITLE, 300)), check(withTitle(title)));
  }

  @Test
  void theTitleHoldsAtMost300Characters() {
    assertEquals(List.of(), check(withTitle("x".repeat(300))));
    assertEquals(List.of(), check(withTitle("😀".repeat(300)))); // code points, as the column
    assertEquals(List.of(DraftProblem.of(Rule.TITLE, 300)), check(withTitle("x".repeat(301))));
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 121, 240})
  void retentionOutsideOneToTenYearsIsRefused(int months) {
    CovenantTerms demo = Demo.covenant();
    CovenantTerms draft =
        new CovenantTerms(demo.title(), months, demo.articles(), demo.memberships());

    assertEquals(List.of(DraftProblem.of(Rule.RETENTION, 1, 120)), check(draft));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 24, 120})
  void retentionFromOneToTenYearsIsAccepted(int months) {
    CovenantTerms demo = Demo.covenant();

    assertEquals(
        List.of(),
        check(new CovenantTerms(demo.title(), months, demo.articles(), demo.memberships())));
  }

  @Test
  void aDraftWithoutArticlesHasNoArticleForItsGrants() {
    CovenantTerms bare =
        new CovenantTerms(
            "Titel", 24, new TreeMap<>(), new TreeMap<>(Demo.covenant().memberships()));

    List<DraftProblem> problems = check(bare);

    assertEquals(DraftProblem.of(Rule.NO_ARTICLES), problems.get(0));
    assertEquals(
        Set.of(Rule.NO_ARTICLES, Rule.MEMBERSHIP_ARTICLE, Rule.GRANT_ARTICLE),
        Set.copyOf(problems.stream().map(DraftProblem::rule).toList()));
  }

  @Test
  void articleNumbersAndTextsAreMeasured() {
    SortedMap<String, String> articles = new TreeMap<>(Demo.articles());
    articles.put("x".repeat(33), "Te lang nummer.");
    articles.put(" ", "Leeg nummer.");
    articles.put("art. 8", "\u200B");
    articles.put("art. 9", "y".repeat(4001));
    articles.put("art. 10", "z".repeat(4000));

    assertEquals(
        List.of(
            DraftProblem.of(Rule.ARTICLE_NUMBER, " ", 32),
            DraftProblem.of(Rule.ARTICLE_TEXT, "art. 8", 4000),
            DraftProblem.of(Rule.ARTICLE_TEXT, "art. 9", 4000),
            DraftProblem.of(Rule.ARTICLE_NUMBER, "x".repeat(33), 32)),
        check(withArticles(articles)));
  }

  @Test
  void aNullArticleTextIsAProblemNotACrash() {
    SortedMap<String, String> articles = new TreeMap<>(Demo.articles());
    articles.put("art. 8", null);

    assertEquals(
        List.of(DraftProblem.of(Rule.ARTICLE_TEXT, "art. 8", 4000)), check(withArticles(articles)));
  }

  @Test
  void aGrantRestsOnAnArticleOfTheDraft() {
    GrantTerms onArt9 =
        new GrantTerms(
            DataCategory.SAFETY, Direction.RECEIVE, Purpose.CARE_COORDINATION, "art. 9", null);
    GrantTerms onNothing =
        new GrantTerms(
            DataCategory.SAFETY, Direction.PROVIDE, Purpose.CARE_COORDINATION, null, null);
    CovenantTerms draft =
        withGrant(Demo.KWINTES, onArt9); // Kwintes sorts before Veilig Thuis below
    draft =
        Demo.withMembership(
            draft,
            Demo.VEILIG_THUIS,
            Demo.withGrant(draft.memberships().get(Demo.VEILIG_THUIS), onNothing));

    assertEquals(
        List.of(
            DraftProblem.of(
                Rule.GRANT_ARTICLE,
                Demo.KWINTES,
                DataCategory.SAFETY,
                Direction.RECEIVE,
                Purpose.CARE_COORDINATION,
                "art. 9"),
            DraftProblem.of(
                Rule.GRANT_ARTICLE,
                Demo.VEILIG_THUIS,
                DataCategory.SAFETY,
                Direction.PROVIDE,
                Purpose.CARE_COORDINATION,
                "")),
        check(draft));
  }

  @Test
  void aMembershipRestsOnAnArticleOfTheDraftOrOnNone() {
    CovenantTerms demo = Demo.covenant();
    MembershipTerms kwintes = demo.memberships().get(Demo.KWINTES);
    CovenantTerms onArt8 =
        Demo.withMembership(
            demo, Demo.KWINTES, new MembershipTerms(kwintes.role(), "art. 8", kwintes.grants()));
    CovenantTerms onNone =
        Demo.withMembership(
            demo, Demo.KWINTES, new MembershipTerms(kwintes.role(), null, kwintes.grants()));

    assertEquals(
        List.of(DraftProblem.of(Rule.MEMBERSHIP_ARTICLE, Demo.KWINTES, "art. 8")), check(onArt8));
    assertEquals(List.of(), check(onNone));
  }

  @ParameterizedTest
  @EnumSource(
      value = DataCategory.class,
      names = {"HEALTH", "JUSTICE"})
  void receivingHealthOrJusticeNeedsANecessityGround(DataCategory category) {
    for (String ground : new String[] {null, "", " \u200B "}) {
      GrantTerms bare =
          new GrantTerms(category, Direction.RECEIVE, Purpose.CASE_CONFERENCE, "art. 5.3", ground);

      assertEquals(
          List.of(
              DraftProblem.of(
                  Rule.NECESSITY_GROUND,
                  Demo.POLITIE,
                  category,
                  Purpose.CASE_CONFERENCE,
                  category.specialArticle().orElseThrow())),
          check(withGrant(Demo.POLITIE, bare)),
          "ground " + ground);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = DataCategory.class,
      names = {"HEALTH", "JUSTICE"},
      mode = EnumSource.Mode.EXCLUDE)
  void otherCategoriesAndProvidingNeedNoGround(DataCategory category) {
    GrantTerms receive =
        new GrantTerms(category, Direction.RECEIVE, Purpose.CARE_COORDINATION, "art. 5", null);
    GrantTerms provideJustice =
        new GrantTerms(
            DataCategory.JUSTICE, Direction.PROVIDE, Purpose.CARE_COORDINATION, "art. 5.3", null);

    assertEquals(List.of(), check(withGrant(Demo.POLITIE, receive)));
    assertEquals(List.of(), check(withGrant(Demo.POLITIE, provideJustice)));
  }

  @Test
  void aNecessityGroundFitsItsColumn() {
    GrantTerms longest =
        new GrantTerms(
            DataCategory.HEALTH,
            Direction.RECEIVE,
            Purpose.CASE_CONFERENCE,
            "art. 5.3",
            "g".repeat(500));
    GrantTerms tooLong =
        new GrantTerms(
            DataCategory.HEALTH,
            Direction.PROVIDE,
            Purpose.CASE_CONFERENCE,
            "art. 5.3",
            "g".repeat(501));

    assertEquals(List.of(), check(withGrant(Demo.POLITIE, longest)));
    assertEquals(
        List.of(
            DraftProblem.of(
                Rule.NECESSITY_GROUND_TOO_LONG,
                Demo.POLITIE,
                DataCategory.HEALTH,
                Direction.PROVIDE,
                Purpose.CASE_CONFERENCE,
                500)),
        check(withGrant(Demo.POLITIE, tooLong)));
  }

  @Test
  void atLeastOnePartnerIsACorePartner() {
    SortedMap<String, MembershipTerms> adHocOnly = new TreeMap<>();
    adHocOnly.put(Demo.KWINTES, Demo.covenant().memberships().get(Demo.KWINTES));
    CovenantTerms draft = new CovenantTerms("Titel", 24, Demo.articles(), adHocOnly);

    assertEquals(List.of(DraftProblem.of(Rule.NO_CORE_MEMBER)), check(draft));
    assertEquals(
        List.of(DraftProblem.of(Rule.NO_CORE_MEMBER)),
        check(new CovenantTerms("Titel", 24, Demo.articles(), new TreeMap<>())));
  }

  @Test
  void aVersionTakesForceTodayOrLaterNeverInThePast() {
    CovenantTerms demo = Demo.covenant();
    List<DraftProblem> past = List.of(DraftProblem.of(Rule.TAKES_FORCE, TODAY));

    assertEquals(past, DraftRules.check(demo, TODAY.minusDays(1), TODAY));
    assertEquals(past, DraftRules.check(demo, TODAY.minusYears(1), TODAY));
    assertEquals(past, DraftRules.check(demo, null, TODAY));
    assertEquals(List.of(), DraftRules.check(demo, TODAY, TODAY));
    assertEquals(List.of(), DraftRules.check(demo, TODAY.plusYears(1), TODAY));
  }

  @Test
  void everyBrokenRuleIsReportedInTheOrderOfTheRules() {
    SortedMap<String, MembershipTerms> memberships = new TreeMap<>();
    memberships.put(
        Demo.KWINTES,
        new MembershipTerms(
            MembershipRole.AD_HOC,
            "art. 1",
            Set.of(
                new GrantTerms(
                    DataCategory.HEALTH,
                    Direction.RECEIVE,
                    Purpose.CASE_CONFERENCE,
                    "art. 1",
                    null))));
    CovenantTerms draft = new CovenantTerms(" ", 0, new TreeMap<>(), memberships);

    assertEquals(
        List.of(
            Rule.TITLE,
            Rule.RETENTION,
            Rule.NO_ARTICLES,
            Rule.MEMBERSHIP_ARTICLE,
            Rule.GRANT_ARTICLE,
            Rule.NECESSITY_GROUND,
            Rule.NO_CORE_MEMBER,
            Rule.TAKES_FORCE),
        DraftRules.check(draft, TODAY.minusDays(1), TODAY).stream()
            .map(DraftProblem::rule)
            .toList());
  }

  @Test
  void aProblemNamesItsBundleKey() {
    assertEquals("draftProblem.NECESSITY_GROUND", DraftProblem.of(Rule.NECESSITY_GROUND).key());
  }
}
