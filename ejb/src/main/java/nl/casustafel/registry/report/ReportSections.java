package nl.casustafel.registry.report;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import java.util.List;
import java.util.function.Function;
import nl.casustafel.registry.report.SubjectAccessReport.CaseEntry;
import nl.casustafel.registry.report.SubjectAccessReport.Disclosure;
import nl.casustafel.registry.report.SubjectAccessReport.Entry;
import nl.casustafel.registry.report.SubjectAccessReport.Field;

/**
 * The report's content, top to bottom: title and who made it, then the four sections (personal
 * data, cases, other records, disclosures), each a heading, a sentence that says what it holds, and
 * a table or "Geen.".
 */
final class ReportSections {

  private final Document document;

  ReportSections(Document document) {
    this.document = document;
  }

  /** Adds everything of the report, in order. */
  void addAll(SubjectAccessReport report) {
    addTitle(report);
    section("personalData", report.personalData(), new float[] {3, 5, 3}, ReportSections::fieldRow);
    section("cases", report.cases(), new float[] {2, 2, 2, 1.6f, 1.6f, 3}, ReportSections::caseRow);
    section(
        "otherRecords", report.otherRecords(), new float[] {1.4f, 2, 6}, ReportSections::entryRow);
    section(
        "disclosures",
        report.disclosures(),
        new float[] {2.3f, 2, 1.7f, 1.4f, 2, 1.6f, 2, 1.3f},
        ReportSections::disclosureRow);
  }

  private void addTitle(SubjectAccessReport report) {
    document.add(paragraph(ReportText.get("title"), ReportFont.TITLE, 0));
    meta("meta.tenant", report.tenantName());
    meta("meta.pseudonym", report.pseudonym());
    meta("meta.generatedAt", ReportTimes.time(report.generatedAt()));
    meta("meta.generatedBy", report.generatedBy());
    document.add(paragraph(ReportText.get("intro"), ReportFont.BODY, 8));
    document.add(paragraph(ReportText.get("intro.unprintable"), ReportFont.BODY, 4));
  }

  private void meta(String key, String value) {
    document.add(paragraph(ReportText.get(key) + ": " + value, ReportFont.BODY, 2));
  }

  private <T> void section(
      String key, List<T> items, float[] widths, Function<T, String[]> columns) {
    document.add(paragraph(ReportText.get(key + ".heading"), ReportFont.HEADING, 14));
    document.add(paragraph(ReportText.get(key + ".explanation"), ReportFont.BODY, 4));
    if (items.isEmpty()) {
      document.add(paragraph(ReportText.get("none"), ReportFont.BODY, 4));
      return;
    }
    ReportTable table = new ReportTable(ReportText.columns(key), widths);
    items.forEach(item -> table.row(columns.apply(item)));
    document.add(table.table());
  }

  private static Paragraph paragraph(String text, ReportFont font, float spacingBefore) {
    Paragraph paragraph = new Paragraph(font.phrase(text));
    paragraph.setLeading(font.size() * 1.3f);
    paragraph.setSpacingBefore(spacingBefore);
    return paragraph;
  }

  private static String[] fieldRow(Field field) {
    return new String[] {field.label(), field.value(), field.category()};
  }

  private static String[] caseRow(CaseEntry caseEntry) {
    return new String[] {
      caseEntry.reference(),
      caseEntry.type(),
      caseEntry.status(),
      ReportTimes.day(caseEntry.opened()),
      caseEntry.closed().map(ReportTimes::day).orElse(""),
      caseEntry.leadPartner()
    };
  }

  private static String[] entryRow(Entry entry) {
    return new String[] {ReportTimes.day(entry.date()), entry.kind(), entry.text()};
  }

  private static String[] disclosureRow(Disclosure disclosure) {
    return new String[] {
      ReportTimes.time(disclosure.at()),
      disclosure.recipientPartner(),
      disclosure.recipientUser(),
      disclosure.action(),
      disclosure.categories(),
      disclosure.legalBasis(),
      disclosure.purpose(),
      ReportText.get("decision." + disclosure.decision().name())
    };
  }
}
