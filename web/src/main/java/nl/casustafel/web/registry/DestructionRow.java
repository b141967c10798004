package nl.casustafel.web.registry;

import java.io.Serializable;
import nl.casustafel.registry.DestructionItem;
import nl.casustafel.shared.AmsterdamTime;
import nl.casustafel.web.casefile.Texts;

/**
 * A case on the proposed destruction list as the screen shows it: reference, type and Amsterdam
 * days (dd-mm-jjjj). No name: the manager decides on references and dates.
 */
public record DestructionRow(String reference, String type, String closedOn, String destroyAfter)
    implements Serializable {

  static DestructionRow of(DestructionItem item) {
    return new DestructionRow(
        item.reference(),
        Texts.get("case.type." + item.type().name()),
        AmsterdamTime.DATE.format(item.closedOn()),
        AmsterdamTime.DATE.format(item.destroyAfter()));
  }

  // Jakarta EL 5 reads properties by getters only, not by record accessors.
  public String getReference() {
    return reference;
  }

  public String getType() {
    return type;
  }

  public String getClosedOn() {
    return closedOn;
  }

  public String getDestroyAfter() {
    return destroyAfter;
  }
}
