package nl.casustafel.registry.report;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.casustafel.audit.AuditDecision;
import nl.casustafel.registry.report.SubjectAccessReport.CaseEntry;
import nl.casustafel.registry.report.SubjectAccessReport.Disclosure;
import nl.casustafel.registry.report.SubjectAccessReport.Entry;
import nl.casustafel.registry.report.SubjectAccessReport.Field;

/** Reports to render and the way back: a rendered PDF's pages as text. */
final class Reports {

  /** 12:30 UTC on a summer day: 14:30 in Amsterdam (CEST, +2). */
  static final Instant SUMMER_NOON = Instant.parse("2026-07-15T12:30:00Z");

  static final Instant GENERATED = Instant.parse("2026-12-01T09:15:00Z");

  private Reports() {}

  /** A report with nothing in any section. */
  static SubjectAccessReport empty() {
    return new SubjectAccessReport(
        "ZVH Midden-Nederland",
        "P-2026-0042",
        GENERATED,
        "manager.mnl",
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * A full report about Zoë, with this many disclosures (the first one at {@link #SUMMER_NOON}).
   */
  static SubjectAccessReport zoe(int disclosures) {
    return new SubjectAccessReport(
        "ZVH Midden-Nederland",
        "P-2026-0042",
        GENERATED,
        "manager.mnl",
        fields("Zoë Łukasz Kowalska"),
        List.of(
            new CaseEntry(
                "MH-2026-0007",
                "Mensenhandel",
                "IN_CONFERENCE",
                LocalDate.of(2026, 3, 2),
                Optional.empty(),
                "Politie Midden-Nederland"),
            new CaseEntry(
                "MH-2024-0101",
                "Mensenhandel",
                "CLOSED",
                LocalDate.of(2024, 1, 8),
                Optional.of(LocalDate.of(2024, 11, 30)),
                "Scharlaken Koord")),
        List.of(
            new Entry(LocalDate.of(2026, 2, 20), "Signaal", "Melding via Meld Misdaad Anoniem"),
            new Entry(LocalDate.of(2026, 4, 1), "Zorgtraject", "Opvang, Scharlaken Koord")),
        disclosures(disclosures));
  }

  /** A report whose name field (and more) holds text that acts instead of shows. */
  static SubjectAccessReport hostile(String name) {
    SubjectAccessReport zoe = zoe(3);
    return new SubjectAccessReport(
        name,
        name,
        GENERATED,
        name,
        fields(name),
        zoe.cases(),
        List.of(new Entry(LocalDate.of(2026, 2, 20), name, name)),
        List.of(
            new Disclosure(SUMMER_NOON, name, name, name, name, name, name, AuditDecision.DENY)));
  }

  private static List<Field> fields(String name) {
    return List.of(
        new Field("Naam", name, "Identificerende gegevens"),
        new Field("Geboortedatum", "03-05-1999", "Identificerende gegevens"),
        new Field("Nationaliteit", "Pools", "Identificerende gegevens"),
        new Field("Veilig om contact op te nemen", "nee", "Contactgegevens"));
  }

  private static List<Disclosure> disclosures(int count) {
    List<Disclosure> disclosures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      disclosures.add(
          new Disclosure(
              SUMMER_NOON.plusSeconds(3600L * 24 * i),
              i == 0 ? "Scharlaken Koord" : "Politie Midden-Nederland",
              i == 0 ? "hulpverlener.sk" : "agent" + i + ".mnl",
              "inzien",
              "Identificerende gegevens, Zorggegevens",
              "art. 6 lid 1 sub e AVG",
              "Casusoverleg mensenhandel",
              i % 10 == 9 ? AuditDecision.DENY : AuditDecision.PERMIT));
    }
    return disclosures;
  }

  /** The report rendered to bytes. */
  static byte[] render(SubjectAccessReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SubjectAccessPdf.render(report, out);
    return out.toByteArray();
  }

  /** Every page's text, one string per page, runs of white space as one space. */
  static List<String> pages(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      List<String> pages = new ArrayList<>();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        pages.add(extractor.getTextFromPage(page).replaceAll("\\s+", " "));
      }
      return pages;
    } finally {
      reader.close();
    }
  }
}
