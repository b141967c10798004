package nl.casustafel.registry.gcos;

import java.util.List;

/**
 * The dry run's verdict on one line. It holds no personal data: the reasons name columns and line
 * numbers, never a value of a name or BSN.
 *
 * @param line the line number (header = 1)
 * @param relatedLine the earlier line whose client (NEW_CASE_FOR_CLIENT) or case (MEETING_ADDED,
 *     ALREADY_PRESENT) this line joins, or 0
 * @param existingId the id of the tenant's client (NEW_CASE_FOR_CLIENT) or case (MEETING_ADDED,
 *     ALREADY_PRESENT) this line joins, or null
 * @param messages Dutch reasons (REJECTED) or notes (ALREADY_PRESENT)
 */
public record LineReport(
    int line, Outcome outcome, int relatedLine, String existingId, List<String> messages) {

  public LineReport {
    messages = List.copyOf(messages);
  }

  static LineReport rejected(int line, List<String> reasons) {
    return new LineReport(line, Outcome.REJECTED, 0, null, reasons);
  }

  static LineReport rejected(int line, String reason) {
    return rejected(line, List.of(reason));
  }

  /** The line's verdict in Dutch for the report screen and the command. */
  public String describe() {
    return ImportText.describe(this);
  }
}
