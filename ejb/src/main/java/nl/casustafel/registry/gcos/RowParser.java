package nl.casustafel.registry.gcos;

import static nl.casustafel.registry.gcos.GcosColumns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.casustafel.casefile.CaseStatus;
import nl.casustafel.casefile.CaseType;
import nl.casustafel.casefile.ExploitationForm;
import nl.casustafel.registry.Bsn;

/**
 * Checks one line on its own and turns it into a {@link GcosRow}, or collects every reason it is
 * wrong (so that the manager fixes a line once). Text cells are kept as written apart from spaces
 * around them; cells that look like spreadsheet formulas stay plain text.
 */
final class RowParser {

  /** A valid row, or the Dutch reasons why the line is not. */
  record Parsed(GcosRow row, List<String> reasons) {
    boolean valid() {
      return reasons.isEmpty();
    }
  }

  private final GcosDates dates;

  /**
   * @param today the date in Amsterdam on which the import runs; later dates are rejected
   */
  RowParser(LocalDate today) {
    this.dates = new GcosDates(today);
  }

  Parsed parse(RawLine raw) {
    if (raw.oversized()) {
      return rejected(String.format(ImportText.TOO_LONG, GcosReader.MAX_RECORD_CHARS));
    }
    int expected = GcosColumns.values().length;
    if (raw.cells().size() != expected) {
      return rejected(String.format(ImportText.COLUMN_COUNT, raw.cells().size(), expected));
    }
    Cells cells = new Cells(raw.cells());
    List<String> reasons = new ArrayList<>();
    Person person = person(cells, reasons);
    GcosRow row = row(raw.number(), cells, person, reasons);
    return new Parsed(reasons.isEmpty() ? row : null, List.copyOf(reasons));
  }

  private GcosRow row(int line, Cells cells, Person person, List<String> reasons) {
    String number = cells.code(REGISTRATIENUMMER);
    if (number.isEmpty()) {
      reasons.add(String.format(ImportText.REQUIRED, REGISTRATIENUMMER.label()));
    }
    CaseType type = cells.required(CASUSTYPE, GcosLabels.CASE_TYPES, reasons);
    ExploitationForm form = cells.optional(UITBUITINGSVORM, GcosLabels.EXPLOITATION_FORMS, reasons);
    if (form != null && type != null && type != CaseType.HUMAN_TRAFFICKING) {
      reasons.add(ImportText.EXPLOITATION_ONLY_TRAFFICKING);
    }
    CaseStatus status = cells.required(STATUS, GcosLabels.STATUSES, reasons);
    LocalDate referredOn = dates.required(cells, DATUM_AANMELDING, reasons);
    LocalDate meeting = dates.optional(cells, DATUM_OVERLEG, reasons);
    return new GcosRow(
        line,
        number,
        type,
        person,
        referredOn,
        cells.text(AANMELDER),
        status,
        meeting,
        cells.text(REGISSEUR),
        form);
  }

  private Person person(Cells cells, List<String> reasons) {
    if (cells.text(ACHTERNAAM).isBlank() && cells.text(VOORNAMEN).isBlank()) {
      reasons.add(ImportText.NO_NAME);
    }
    Bsn bsn = null;
    if (!cells.code(BSN).isEmpty()) {
      bsn = bsnOrNull(cells.code(BSN));
      if (bsn == null) {
        reasons.add(ImportText.BAD_BSN); // never the number itself: the report is shown and kept
      }
    }
    Gender gender = cells.optional(GESLACHT, GcosLabels.GENDERS, reasons);
    return new Person(
        cells.text(ACHTERNAAM),
        cells.text(TUSSENVOEGSEL),
        cells.text(VOORNAMEN),
        dates.optional(cells, GEBOORTEDATUM, reasons),
        gender == null ? Gender.UNKNOWN : gender,
        bsn,
        cells.text(WOONPLAATS),
        cells.text(NATIONALITEIT));
  }

  private static Parsed rejected(String reason) {
    return new Parsed(null, List.of(reason));
  }

  /** The BSN when it is nine digits (eight with a zero added) passing the elfproef; else null. */
  private static Bsn bsnOrNull(String text) {
    try {
      return Bsn.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
