package nl.casustafel.registry.gcos;

import java.util.List;

/** The columns of a GCOS export, in their order; the header must name exactly these. */
enum GcosColumns {
  REGISTRATIENUMMER("Registratienummer"),
  CASUSTYPE("Casustype"),
  ACHTERNAAM("Achternaam"),
  TUSSENVOEGSEL("Tussenvoegsel"),
  VOORNAMEN("Voornamen"),
  GEBOORTEDATUM("Geboortedatum"),
  GESLACHT("Geslacht"),
  BSN("BSN"),
  WOONPLAATS("Woonplaats"),
  NATIONALITEIT("Nationaliteit"),
  DATUM_AANMELDING("Datum aanmelding"),
  AANMELDER("Aanmelder"),
  STATUS("Status"),
  DATUM_OVERLEG("Datum overleg"),
  REGISSEUR("Regisseur"),
  UITBUITINGSVORM("Uitbuitingsvorm");

  /** The header line as GCOS writes it. */
  static final String HEADER = String.join(";", names());

  private final String label;

  GcosColumns(String label) {
    this.label = label;
  }

  /** The column's name in the header. */
  String label() {
    return label;
  }

  static List<String> names() {
    return java.util.Arrays.stream(values()).map(GcosColumns::label).toList();
  }
}
