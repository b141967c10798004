package nl.casustafel.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import nl.casustafel.covenant.DataCategory;
import nl.casustafel.covenant.Direction;
import nl.casustafel.covenant.MembershipRole;
import nl.casustafel.covenant.Purpose;
import nl.casustafel.covenant.version.CovenantChange;
import nl.casustafel.covenant.version.DraftProblem;
import nl.casustafel.covenant.version.Effect;
import nl.casustafel.web.casefile.Texts;

/**
 * The review of a draft in words, through the bundle keys and argument orders that {@link
 * CovenantChange}, {@link Effect} and {@link DraftProblem} document: enums through their own keys
 * (category, direction, purpose, covenant role), dates as dd-mm-yyyy, partners by name.
 */
final class ReviewTexts {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  /** The rules whose first argument is a partner id (DraftProblem.Rule's Javadoc). */
  private static final java.util.Set<DraftProblem.Rule> PARTNER_FIRST =
      java.util.EnumSet.of(
          DraftProblem.Rule.MEMBERSHIP_ARTICLE,
          DraftProblem.Rule.GRANT_ARTICLE,
          DraftProblem.Rule.NECESSITY_GROUND,
          DraftProblem.Rule.NECESSITY_GROUND_TOO_LONG);

  private ReviewTexts() {}

  static String change(CovenantChange c, Function<String, String> partnerName) {
    return Texts.get(
        c.key(),
        c.partner() == null ? "" : partnerName.apply(c.partner()),
        shown(c.category()),
        shown(c.purpose()),
        c.article() == null ? "" : c.article(),
        value(c.before()),
        value(c.after()));
  }

  static String effect(Effect e, Function<String, String> partnerName) {
    return Texts.get(
        e.key(),
        partnerName.apply(e.partnerId()),
        shown(e.category()),
        shown(e.purpose()),
        e.openCases());
  }

  static String problem(DraftProblem p, Function<String, String> partnerName) {
    Object[] args =
        p.arguments().stream()
            .map(a -> a instanceof LocalDate d ? DAY.format(d) : shown(a))
            .toArray();
    if (PARTNER_FIRST.contains(p.rule()) && args[0] instanceof String id) {
      args[0] = partnerName.apply(id);
    }
    return Texts.get(p.key(), args);
  }

  /** An enum argument through its bundle key; anything else as it is. */
  private static Object shown(Object value) {
    if (value instanceof DataCategory c) {
      return Texts.get("category." + c.name());
    }
    if (value instanceof Purpose p) {
      return Texts.get("purpose." + p.name());
    }
    if (value instanceof Direction d) {
      return Texts.get("direction." + d.name());
    }
    return value == null ? "" : value;
  }

  /** Before/after: a covenant role through its key, none as "geen". */
  private static String value(String text) {
    if (text == null) {
      return Texts.get("covenantChange.none");
    }
    for (MembershipRole role : MembershipRole.values()) {
      if (role.name().equals(text)) {
        return Texts.get("covenant.role." + role.name());
      }
    }
    return text;
  }
}
