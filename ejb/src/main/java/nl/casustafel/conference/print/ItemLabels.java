package nl.casustafel.conference.print;

import java.time.format.DateTimeFormatter;
import nl.casustafel.shared.AmsterdamTime;

/**
 * How an agenda item is named in print: its case and client, or for a partner that may not see the
 * case only "Casus (niet voor uw organisatie)", and its planned time in Amsterdam time.
 */
final class ItemLabels {

  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("HH:mm", PrintText.DUTCH).withZone(AmsterdamTime.ZONE);

  private ItemLabels() {}

  /** The case reference, or the hidden-item text: never anything of a hidden case. */
  static String caseOf(PrintedItem item) {
    return item.visible().map(VisibleCase::reference).orElseGet(() -> PrintText.get("item.hidden"));
  }

  /** The client's name when the item and the name are visible, else empty. */
  static String clientOf(PrintedItem item) {
    return item.visible().flatMap(VisibleCase::clientName).orElse("");
  }

  /** The case reference with " – client" when the client's name is visible too. */
  static String caseAndClientOf(PrintedItem item) {
    String client = clientOf(item);
    return client.isEmpty() ? caseOf(item) : caseOf(item) + " \u2013 " + client;
  }

  /** The planned start, "HH:mm" in Amsterdam. */
  static String startOf(PrintedItem item) {
    return HOUR.format(item.plannedStart());
  }

  /** The timebox in whole minutes, "30 min". */
  static String timeboxOf(PrintedItem item) {
    return PrintText.get("item.minutes", item.timebox().toMinutes());
  }

  /** The agenda row: number, start, timebox, case, client. */
  static String[] row(PrintedItem item) {
    return new String[] {
      String.valueOf(item.position()), startOf(item), timeboxOf(item), caseOf(item), clientOf(item)
    };
  }
}
