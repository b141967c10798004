package nl.casustafel.covenant;

import java.util.List;
import nl.casustafel.covenant.version.CovenantChange;
import nl.casustafel.covenant.version.DraftProblem;
import nl.casustafel.covenant.version.Effect;

/**
 * What the manager sees before adopting a draft (issue #15, part 4): the changes against the
 * version in force, their effect on open cases, the partners that have not signed the draft (they
 * would get nothing) and the rules it still breaks.
 */
public record DraftReview(
    int version,
    int inForceVersion,
    List<CovenantChange> changes,
    List<Effect> effects,
    List<String> unsigned,
    List<DraftProblem> problems) {

  public DraftReview {
    changes = List.copyOf(changes);
    effects = List.copyOf(effects);
    unsigned = List.copyOf(unsigned);
    problems = List.copyOf(problems);
  }
}
