package nl.casustafel.web.covenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.covenant.version.CovenantChange;
import nl.casustafel.covenant.version.DraftProblem;
import nl.casustafel.covenant.version.Effect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every key the covenant version domain hands the web layer has a text in every language, and the
 * text formats: a stray apostrophe (MessageFormat quoting) would leave a placeholder unfilled.
 */
class CovenantVersionMessagesTest {

  private static final String PARTNER = "Veilig Thuis";

  private static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle("nl.casustafel.web.messages", Locale.forLanguageTag(language));
  }

  private static String format(ResourceBundle bundle, String key, Object... arguments) {
    String text = new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    assertFalse(text.isBlank(), key);
    assertFalse(text.matches("(?s).*\\{\\d.*"), key + " left a placeholder: " + text);
    return text;
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void everyChangeHasATextNamingThePartner(String language) {
    ResourceBundle bundle = bundle(language);
    for (CovenantChange.Kind kind : CovenantChange.Kind.values()) {
      for (Direction direction : kind.aboutAGrant() ? Direction.values() : new Direction[] {null}) {
        String key = new CovenantChange(kind, "p", null, direction, null, null, null, null).key();
        String text =
            format(bundle, key, PARTNER, "Justitieel", "het casusoverleg", "art. 5", "a", "b");
        if (kind.compareTo(CovenantChange.Kind.PARTNER_JOINED) >= 0) {
          assertTrue(text.contains(PARTNER), key + ": " + text);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void everyEffectHasATextCountingOpenCases(String language) {
    ResourceBundle bundle = bundle(language);
    for (Effect.Kind kind : Effect.Kind.values()) {
      for (Direction direction : kind.aboutAGrant() ? Direction.values() : new Direction[] {null}) {
        String key =
            new Effect("p", DataCategory.JUSTICE, direction, Purpose.CASE_CONFERENCE, kind, 0)
                .key();
        String three = format(bundle, key, PARTNER, "Justitieel", "het casusoverleg", 3L);
        assertTrue(three.contains(PARTNER) && three.contains("3"), key + ": " + three);
        format(bundle, key, PARTNER, "Justitieel", "het casusoverleg", 1L);
        format(bundle, key, PARTNER, "Justitieel", "het casusoverleg", 0L);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void everyDraftProblemHasAText(String language) {
    ResourceBundle bundle = bundle(language);
    for (DraftProblem.Rule rule : DraftProblem.Rule.values()) {
      String key = new DraftProblem(rule, List.of()).key();
      format(bundle, key, PARTNER, "Justitieel", "ontvangen", "het casusoverleg", "art. 9");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void everyPurposeAndDirectionHasAName(String language) {
    ResourceBundle bundle = bundle(language);
    for (Purpose purpose : Purpose.values()) {
      assertFalse(bundle.getString("purpose." + purpose.name()).isBlank());
    }
    for (Direction direction : Direction.values()) {
      assertFalse(bundle.getString("direction." + direction.name()).isBlank());
    }
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertEquals(keysOfThisDomain(bundle("nl")), keysOfThisDomain(bundle("en")));
  }

  private static List<String> keysOfThisDomain(ResourceBundle bundle) {
    List<String> keys =
        Collections.list(bundle.getKeys()).stream()
            .filter(
                k ->
                    k.matches(
                        "(covenantChange|covenantEffect|draftProblem|purpose|direction)\\..*"))
            .sorted()
            .collect(Collectors.toList());
    return keys;
  }
}
