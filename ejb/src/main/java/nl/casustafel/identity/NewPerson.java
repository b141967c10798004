package nl.casustafel.identity;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.casustafel.shared.RequiredText;

/**
 * A person to invite: their work e-mail address (also their username in the realm) and name.
 *
 * @param email lower-cased; one {@code @}, a domain with a dot, at most 254 characters (RFC 5321)
 */
public record NewPerson(String email, String firstName, String lastName) {

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
  private static final RequiredText FIRST_NAME = new RequiredText("firstName", 1, 100);
  private static final RequiredText LAST_NAME = new RequiredText("lastName", 1, 100);

  /**
   * @throws IllegalArgumentException naming the field that breaks its rule
   */
  public NewPerson {
    if (email == null || email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
      throw new IllegalArgumentException("email must be a work e-mail address (name@domain.nl).");
    }
    email = email.strip().toLowerCase(Locale.ROOT);
    firstName = FIRST_NAME.check(firstName);
    lastName = LAST_NAME.check(lastName);
  }

  /** The part after the {@code @}: compared with the organisation's e-mail domain. */
  public String domain() {
    return email.substring(email.indexOf('@') + 1);
  }
}
