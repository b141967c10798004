package nl.casustafel.web.casefile;

import jakarta.enterprise.inject.spi.CDI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.casustafel.policy.Decision;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;
import nl.casustafel.web.shared.Language;

/** Texts of the case screens from the page's message bundle, in the user's language. */
public final class Texts {

  private Texts() {}

  /**
   * The text in the session's language. Not through the view's locale: actions that run before the
   * view is built (f:viewAction) would still see the server's default.
   */
  public static String get(String key, Object... arguments) {
    Locale locale = CDI.current().select(Language.class).get().getLocale();
    ResourceBundle bundle = ResourceBundle.getBundle("nl.casustafel.web.messages", locale);
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /**
   * What the reader sees instead of hidden data: "Verborgen — valt buiten convenant art. 5.3 voor
   * Veilig Thuis ..." when an article limits it, otherwise the reason in words.
   */
  public static String hidden(Outcome<?> outcome, String readerPartner) {
    if (!(outcome.decision() instanceof Decision.Deny deny)) {
      return "";
    }
    return deny.limitingArticle()
        .map(a -> get("hidden." + deny.reason() + ".article", a.number(), readerPartner))
        .orElseGet(() -> get("hidden." + deny.reason(), readerPartner));
  }
}
