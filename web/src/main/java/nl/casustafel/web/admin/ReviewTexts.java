package nl.casustafel.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import nl.casustafel.covenant.version.CovenantChange;
import nl.casustafel.covenant.version.DraftProblem;
import nl.casustafel.covenant.version.Effect;
import nl.casustafel.web.casefile.Texts;

/**
 * The review of a draft in words: each change, effect and broken rule through its bundle key. A
 * change's arguments are {0} partner name, {1} category, {2} article, {3} before, {4} after; an
 * effect's {0} partner name, {1} category, {2} open cases.
 */
final class ReviewTexts {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private ReviewTexts() {}

  static String change(CovenantChange c, Function<String, String> partnerName) {
    return Texts.get(
        c.key(),
        c.partner() == null ? "" : partnerName.apply(c.partner()),
        c.category() == null ? "" : Texts.get("category." + c.category()),
        c.article() == null ? "" : c.article(),
        shown(c.before()),
        shown(c.after()));
  }

  static String effect(Effect e, Function<String, String> partnerName) {
    return Texts.get(
        e.key(),
        partnerName.apply(e.partnerId()),
        e.category() == null ? "" : Texts.get("category." + e.category()),
        e.openCases());
  }

  static String problem(DraftProblem p) {
    List<Object> args =
        p.arguments().stream()
            .map(
                a ->
                    a instanceof nl.casustafel.covenant.DataCategory c
                        ? (Object) Texts.get("category." + c.name())
                        : a instanceof Enum<?> e
                            ? (Object) e.name()
                            : a instanceof LocalDate d ? (Object) DAY.format(d) : a)
            .toList();
    return Texts.get(p.key(), args.toArray());
  }

  private static String shown(String value) {
    return value == null ? "—" : value;
  }
}
