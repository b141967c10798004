package nl.casustafel.conference.print;

import java.util.Objects;

/**
 * A line of the attendance list (presentielijst).
 *
 * @param partner the organisation
 * @param person who attended (or was expected) for it
 * @param presence the presence, as the label to print (e.g. "Aanwezig", "Afgemeld")
 */
public record PrintedAttendance(String partner, String person, String presence) {

  public PrintedAttendance {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(presence, "presence");
  }
}
