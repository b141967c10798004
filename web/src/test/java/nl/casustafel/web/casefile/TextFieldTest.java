package nl.casustafel.web.casefile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.casustafel.casefile.BreakGlass;
import nl.casustafel.casefile.CaseInformation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms check by the domain's rules and say them with the domain's numbers. */
class TextFieldTest {

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void everyMessageNamesTheLimitsOfItsRule(String language) {
    Locale locale = Locale.forLanguageTag(language);
    ResourceBundle bundle = ResourceBundle.getBundle("nl.casustafel.web.messages", locale);
    for (TextField field : TextField.values()) {
      String message =
          new MessageFormat(bundle.getString(field.messageKey()), locale)
              .format(new Object[] {field.rule().minVisible(), field.rule().maxLength()});
      String max = NumberFormat.getInstance(locale).format(field.rule().maxLength());
      assertTrue(message.contains(max), () -> language + " " + field + ": " + message);
      assertFalse(message.contains("{"), () -> language + " " + field + ": " + message);
    }
  }

  @ParameterizedTest
  @EnumSource(TextField.class)
  void theFormsUseTheDomainsRules(TextField field) {
    assertSame(
        field == TextField.BREAK_GLASS_REASON ? BreakGlass.REASON : CaseInformation.TEXT,
        field.rule());
  }
}
