package nl.casustafel.registry.gcos;

/**
 * The Dutch texts of the import report, shown to a ZVH manager. They never contain a BSN or a name:
 * a line number and the column say where to look. Each is a {@link String#format} pattern.
 */
final class ImportText {

  static final String EMPTY_FILE = "Het bestand is leeg.";
  static final String NO_DATA = "Het bestand bevat alleen de kopregel, geen gegevens.";
  static final String UTF16 = "Het bestand is UTF-16; sla het op als UTF-8 of Windows-1252 (ANSI).";
  static final String BINARY =
      "Het bestand is geen tekstbestand in UTF-8 of Windows-1252 (het bevat ongeldige tekens, "
          + "bijvoorbeeld nulbytes).";
  static final String BAD_UTF8_AFTER_BOM =
      "Het bestand begint als UTF-8 (met BOM) maar bevat ongeldige UTF-8-tekens.";
  static final String UNREADABLE = "Het bestand kon niet worden gelezen: %s";
  static final String WRONG_HEADER =
      "De kopregel klopt niet (kolom %d: \"%s\" gevonden, \"%s\" verwacht). "
          + "Verwachte kopregel: %s";
  static final String TOO_MANY_LINES =
      "Het bestand heeft meer dan %d regels; splits het in kleinere bestanden.";
  static final String BAD_CSV =
      "Regel %d: de aanhalingstekens kloppen niet (een cel met \" begint en eindigt met \", "
          + "een \" erin wordt \"\"); het bestand is niet gelezen.";

  static final String TOO_LONG = "De regel is langer dan %d tekens en is niet gelezen.";
  static final String COLUMN_COUNT = "De regel heeft %d kolommen; verwacht %d.";
  static final String REQUIRED = "%s is leeg.";
  static final String BAD_DATE = "%s is geen geldige datum dd-mm-jjjj.";
  static final String FUTURE_DATE = "%s ligt in de toekomst.";
  static final String UNKNOWN_VALUE = "%s \"%s\" is onbekend; toegestaan: %s.";
  static final String BAD_BSN = "Het BSN is ongeldig (geen 9 cijfers of de elfproef klopt niet).";
  static final String NO_NAME = "Achternaam en Voornamen zijn allebei leeg.";
  static final String EXPLOITATION_ONLY_TRAFFICKING =
      "Een uitbuitingsvorm hoort alleen bij casustype Mensenhandel.";

  static final String OTHER_TENANT =
      "Registratienummer hoort bij een ander Zorg- en Veiligheidshuis; niet ingelezen.";
  static final String EXISTING_OTHER_PERSON =
      "Registratienummer bestaat al in Casustafel voor een andere persoon.";
  static final String EXISTING_OTHER_TYPE =
      "Registratienummer bestaat al in Casustafel met een ander casustype.";
  static final String INCONSISTENT_PERSON =
      "Inconsistent met regel %d: zelfde registratienummer maar een andere persoon.";
  static final String INCONSISTENT_TYPE =
      "Inconsistent met regel %d: zelfde registratienummer maar een ander casustype.";
  static final String INCONSISTENT_EXPLOITATION =
      "Inconsistent met regel %d: zelfde registratienummer maar een andere uitbuitingsvorm.";
  static final String AMBIGUOUS_LINE =
      "Dubbelzinnig: zelfde naam en geboortedatum als regel %d, maar één van beide zonder BSN; "
          + "vul het BSN aan of pas de naam aan.";
  static final String AMBIGUOUS_EXISTING =
      "Dubbelzinnig: %d bestaande cliënten in Casustafel passen bij deze persoon; "
          + "koppel eerst handmatig.";

  static final String NOTE_DUPLICATE_MEETING = "Zelfde overleg als regel %d.";
  static final String NOTE_NO_MEETING = "Zaak al bekend; deze regel heeft geen datum overleg.";
  static final String NOTE_EXISTING = "Staat al in Casustafel.";

  static final String LINE = "Regel %d: ";
  static final String NEW_CLIENT_NEW_CASE = "nieuwe cliënt, nieuwe zaak.";
  static final String NEW_CASE_FOR_LINE = "nieuwe zaak voor de cliënt van regel %d.";
  static final String NEW_CASE_FOR_EXISTING = "nieuwe zaak voor bestaande cliënt %s.";
  static final String MEETING_FOR_LINE = "overleg toegevoegd aan de zaak van regel %d.";
  static final String MEETING_FOR_EXISTING = "overleg toegevoegd aan bestaande zaak %s.";
  static final String ALREADY_PRESENT = "al aanwezig, niets toe te voegen.";
  static final String REJECTED = "afgekeurd.";

  private ImportText() {}

  /** One line of the report in Dutch, e.g. "Regel 5: nieuwe zaak voor de cliënt van regel 2." */
  static String describe(LineReport r) {
    String verdict =
        switch (r.outcome()) {
          case NEW_CLIENT_NEW_CASE -> NEW_CLIENT_NEW_CASE;
          case NEW_CASE_FOR_CLIENT -> related(r, NEW_CASE_FOR_LINE, NEW_CASE_FOR_EXISTING);
          case MEETING_ADDED -> related(r, MEETING_FOR_LINE, MEETING_FOR_EXISTING);
          case ALREADY_PRESENT -> ALREADY_PRESENT;
          case REJECTED -> REJECTED;
        };
    StringBuilder text = new StringBuilder(String.format(LINE, r.line())).append(verdict);
    r.messages().forEach(m -> text.append(' ').append(m));
    return text.toString();
  }

  private static String related(LineReport r, String toLine, String toExisting) {
    return r.existingId() != null
        ? String.format(toExisting, r.existingId())
        : String.format(toLine, r.relatedLine());
  }
}
