package nl.casustafel.conference.print;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An agreement (afspraak) made in the conference that the partner may see.
 *
 * @param what what was agreed
 * @param owner the partner organisation that carries it out
 * @param due the Amsterdam day by which it is due
 * @param status its status, as the label to print (e.g. "Open")
 */
public record PrintedAgreement(String what, String owner, LocalDate due, String status) {

  public PrintedAgreement {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(status, "status");
  }
}
