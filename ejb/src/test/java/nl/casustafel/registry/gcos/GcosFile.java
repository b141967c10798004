package nl.casustafel.registry.gcos;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds GCOS files in memory for tests: a header and lines with sensible defaults. */
final class GcosFile {

  private final List<String> lines = new ArrayList<>(List.of(GcosColumns.HEADER));

  /** A line with defaults; change cells with {@link Line#set}. */
  static Line line(String registrationNumber) {
    return new Line().set(GcosColumns.REGISTRATIENUMMER, registrationNumber);
  }

  GcosFile add(Line line) {
    lines.add(line.toString());
    return this;
  }

  GcosFile raw(String line) {
    lines.add(line);
    return this;
  }

  String text() {
    return String.join("\r\n", lines) + "\r\n";
  }

  byte[] bytes(Charset charset) {
    return text().getBytes(charset);
  }

  GcosSource source() {
    return source(bytes(StandardCharsets.UTF_8));
  }

  static GcosSource source(byte[] bytes) {
    return () -> new ByteArrayInputStream(bytes);
  }

  /** One line of a GCOS file. */
  static final class Line {
    private final Map<GcosColumns, String> cells = new EnumMap<>(GcosColumns.class);

    Line() {
      set(GcosColumns.CASUSTYPE, "Mensenhandel");
      set(GcosColumns.ACHTERNAAM, "Jansen");
      set(GcosColumns.VOORNAMEN, "Anna");
      set(GcosColumns.GEBOORTEDATUM, "01-02-1999");
      set(GcosColumns.GESLACHT, "V");
      set(GcosColumns.BSN, TestBsns.valid(1));
      set(GcosColumns.WOONPLAATS, "Hilversum");
      set(GcosColumns.NATIONALITEIT, "Nederlandse");
      set(GcosColumns.DATUM_AANMELDING, "03-03-2020");
      set(GcosColumns.AANMELDER, "Politie");
      set(GcosColumns.STATUS, "Lopend");
      set(GcosColumns.DATUM_OVERLEG, "10-03-2020");
      set(GcosColumns.REGISSEUR, "J. de Vries");
      set(GcosColumns.UITBUITINGSVORM, "Seksuele uitbuiting");
    }

    Line set(GcosColumns column, String value) {
      cells.put(column, value);
      return this;
    }

    /** The person: names, date of birth, BSN (empty for none). */
    Line person(String givenNames, String surname, String birth, String bsn) {
      return set(GcosColumns.VOORNAMEN, givenNames)
          .set(GcosColumns.ACHTERNAAM, surname)
          .set(GcosColumns.GEBOORTEDATUM, birth)
          .set(GcosColumns.BSN, bsn);
    }

    Line meeting(String date) {
      return set(GcosColumns.DATUM_OVERLEG, date);
    }

    @Override
    public String toString() {
      List<String> out = new ArrayList<>();
      for (GcosColumns c : GcosColumns.values()) {
        out.add(quote(cells.getOrDefault(c, "")));
      }
      return String.join(";", out);
    }

    private static String quote(String v) {
      boolean needs = v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r");
      return needs ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
  }
}
