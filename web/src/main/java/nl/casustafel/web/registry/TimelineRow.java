package nl.casustafel.web.registry;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of a person's timeline: the day (Amsterdam), what happened, and by whom. */
public record TimelineRow(LocalDate day, String what, String detail) implements Serializable {

  // Jakarta EL 5 reads properties by getters only, not by record accessors.
  public String getWhat() {
    return what;
  }

  public String getDetail() {
    return detail;
  }

  public String getDay() {
    return nl.casustafel.shared.AmsterdamTime.DATE.format(day);
  }
}
