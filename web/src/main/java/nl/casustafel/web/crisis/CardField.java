package nl.casustafel.web.crisis;

import java.io.Serializable;
import java.util.Optional;
import nl.casustafel.policy.PolicyDecisionPoint.Outcome;
import nl.casustafel.web.casefile.Texts;

/**
 * One field of a crisis card on a page: its label and its text, or why it is hidden.
 *
 * @param hidden whether the covenant keeps the field from the reader
 */
public record CardField(String id, String label, String text, boolean hidden)
    implements Serializable {

  static CardField of(String id, Outcome<Optional<String>> outcome, String partner) {
    return new CardField(
        id,
        Texts.get("crisis.card." + id),
        outcome.disclosed().isPresent()
            ? outcome.disclosed().get().value().orElse(Texts.get("crisis.card.empty"))
            : Texts.hidden(outcome, partner),
        outcome.disclosed().isEmpty());
  }

  public String getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }

  public String getText() {
    return text;
  }

  public boolean isHidden() {
    return hidden;
  }
}
