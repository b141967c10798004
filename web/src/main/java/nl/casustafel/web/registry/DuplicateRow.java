package nl.casustafel.web.registry;

import java.io.Serializable;
import java.util.Locale;
import nl.casustafel.registry.TriageDuplicates;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.web.casefile.Texts;

/**
 * A likely duplicate of the referred person as the triage screen shows it: only candidates whose
 * IDENTIFYING data the decision point disclosed are ever shown, so name and birth date are here.
 */
public record DuplicateRow(long person, String name, String born, String reason, String score)
    implements Serializable {

  // Jakarta EL 5 reads properties by getters only, not by record accessors.
  public long getPerson() {
    return person;
  }

  public String getName() {
    return name;
  }

  public String getBorn() {
    return born;
  }

  public String getReason() {
    return reason;
  }

  public String getScore() {
    return score;
  }

  static DuplicateRow of(TriageDuplicates.Candidate c) {
    return new DuplicateRow(
        c.client(),
        c.name().orElse(""),
        c.dateOfBirth()
            .orElse(java.util.Optional.empty())
            .map(AmsterdamTime.DATE::format)
            .orElse(""),
        Texts.get("triage.duplicate.reason." + c.match().reason()),
        String.format(Locale.ROOT, "%.0f%%", c.match().score() * 100));
  }
}
