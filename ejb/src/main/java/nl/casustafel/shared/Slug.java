package nl.casustafel.shared;

import java.util.Objects;

/**
 * The shape of our readable identifiers ({@code zvh-gv}, {@code politie-midden-nederland}). The
 * same strings are the Keycloak organization aliases and group names, so they must stay plain.
 */
public final class Slug {

  private static final int MAX_LENGTH = 64;

  private Slug() {}

  /** Returns the value if it is a valid slug, else throws with the given label in the message. */
  public static String require(String value, String label) {
    Objects.requireNonNull(value, label + " is required.");
    if (value.length() > MAX_LENGTH || !shaped(value)) {
      throw new IllegalArgumentException(
          label + " must be lower-case letters, digits and single dashes (max 64): " + value);
    }
    return value;
  }

  /**
   * {@code [a-z0-9]+(-[a-z0-9]+)*}, checked by hand: every partner id of every case a decision
   * looks at passes here, and the regular expression was 9 % of Liberty's CPU in the national case
   * list and search (issue #14, JFR).
   */
  private static boolean shaped(String value) {
    boolean dashAllowed = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '-' && dashAllowed) {
        dashAllowed = false;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        dashAllowed = true;
      } else {
        return false;
      }
    }
    return dashAllowed; // not empty, no dash at the end
  }
}
