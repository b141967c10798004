package nl.casustafel.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The shape of our readable identifiers ({@code zvh-gv}, {@code politie-midden-nederland}). The
 * same strings are the Keycloak organization aliases and group names, so they must stay plain.
 */
public final class Slug {

  private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_LENGTH = 64;

  private Slug() {}

  /** Returns the value if it is a valid slug, else throws with the given label in the message. */
  public static String require(String value, String label) {
    Objects.requireNonNull(value, label + " is required.");
    if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          label + " must be lower-case letters, digits and single dashes (max 64): " + value);
    }
    return value;
  }
}
