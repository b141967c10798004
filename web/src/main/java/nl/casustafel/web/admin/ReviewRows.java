package nl.casustafel.web.admin;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import nl.casustafel.covenant.DraftReview;

/** A draft's review in words, for the page: changes, effects, unsigned partners, broken rules. */
public record ReviewRows(
    int inForceVersion,
    List<String> changes,
    List<String> effects,
    List<String> unsigned,
    List<String> problems)
    implements Serializable {

  static ReviewRows of(DraftReview r, Function<String, String> partnerName) {
    return new ReviewRows(
        r.inForceVersion(),
        r.changes().stream().map(c -> ReviewTexts.change(c, partnerName)).toList(),
        r.effects().stream().map(e -> ReviewTexts.effect(e, partnerName)).toList(),
        r.unsigned().stream().map(partnerName).toList(),
        r.problems().stream().map(p -> ReviewTexts.problem(p, partnerName)).toList());
  }

  public int getInForceVersion() {
    return inForceVersion;
  }

  public List<String> getChanges() {
    return changes;
  }

  public List<String> getEffects() {
    return effects;
  }

  public List<String> getUnsigned() {
    return unsigned;
  }

  public List<String> getProblems() {
    return problems;
  }
}
