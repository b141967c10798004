package nl.casustafel.conference.invitation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of invitations, from {@code InvitationText.properties} (Dutch, the default) and {@code
 * InvitationText_en.properties}. Every text is a {@link MessageFormat} pattern (an apostrophe is
 * written twice). The JVM's default locale plays no part.
 */
final class InvitationText {

  static final Locale DUTCH = Locale.forLanguageTag("nl");

  private final Locale locale;
  private final ResourceBundle bundle;

  private InvitationText(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "nl.casustafel.conference.invitation.InvitationText",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The texts in this language: English for "en", Dutch otherwise. */
  static InvitationText in(Locale locale) {
    return new InvitationText(locale.getLanguage().equals("en") ? Locale.ENGLISH : DUTCH);
  }

  /** A Dutch text, as the calendar message uses. */
  static String get(String key, Object... arguments) {
    return in(DUTCH).text(key, arguments);
  }

  /**
   * The text of a key with its arguments filled in.
   *
   * @throws java.util.MissingResourceException when the key is not in the bundle (a bug)
   */
  String text(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /** The language of these texts: {@code nl} or {@code en}. */
  Locale locale() {
    return locale;
  }
}
