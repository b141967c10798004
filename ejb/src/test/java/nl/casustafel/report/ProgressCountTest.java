package nl.casustafel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.casustafel.casefile.CareKind;
import nl.casustafel.casefile.ExploitationForm;
import nl.casustafel.registry.SignalSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counting synthetic rows in the shapes {@link ProgressQueries} documents: every code listed with
 * its zeros, in the order of its enum; the situations' tables end in {@code UNKNOWN}, always.
 */
class ProgressCountTest {

  /** A UTC time as {@link ProgressQueries#victims()} reads it. */
  private static final DateTimeFormatter UTC_TEXT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private static final Optional<List<String>> REGION =
      Optional.of(List.of("Blaricum", "Hilversum", "Huizen"));

  /** The cells as alternating code and count: {@code cells("V", 2, "M", 0)}. */
  static List<Tally> cells(Object... codeAndCount) {
    List<Tally> cells = new ArrayList<>();
    for (int i = 0; i < codeAndCount.length; i += 2) {
      cells.add(new Tally((String) codeAndCount[i], ((Number) codeAndCount[i + 1]).longValue()));
    }
    return cells;
  }

  private static Distribution table(FigureGroup group, String key) {
    return group.tables().stream()
        .filter(t -> t.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + key + " in " + group.key()));
  }

  private static List<String> codes(Distribution table) {
    return table.cells().stream().map(Tally::code).toList();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static Object[] row(Object... columns) {
    return columns;
  }

  @Test
  void situationsByFormMunicipalityAndSourceWithZerosAndUnknowns() {
    List<Object[]> rows =
        List.of(
            row("SEXUAL", "Hilversum", "REFERRAL"),
            row("SEXUAL", "Hilversum", "MAILBOX"),
            row("LABOUR", "Huizen", null),
            row(null, null, "REFERRAL"));

    FigureGroup group = ProgressCount.situations(rows, REGION);

    assertEquals("situations", group.key());
    assertEquals(
        List.of("situations.form", "situations.municipality", "situations.source"),
        group.tables().stream().map(Distribution::key).toList());
    assertEquals(
        cells(
            "SEXUAL", 2, "LABOUR", 1, "CRIMINAL", 0, "ORGAN_REMOVAL", 0, "OTHER", 0, "UNKNOWN", 1),
        table(group, "situations.form").cells());
    assertEquals(
        cells("Blaricum", 0, "Hilversum", 2, "Huizen", 1, "UNKNOWN", 1),
        table(group, "situations.municipality").cells());
    assertEquals(
        cells(
            "REFERRAL", 2,
            "PROFESSIONAL", 0,
            "MAILBOX", 1,
            "MELD_MISDAAD_ANONIEM", 0,
            "WATCH_NEDERLAND", 0,
            "ADVERTISEMENT_REVIEW", 0,
            "ENFORCEMENT_ACTION", 0,
            "OTHER", 0,
            "UNKNOWN", 1),
        table(group, "situations.source").cells());
    assertEquals(4, group.total());
  }

  @Test
  void withoutUnknownsTheUnknownCellIsZeroAndWithoutARegionNoMunicipalityTable() {
    List<Object[]> rows = List.<Object[]>of(row("OTHER", "Huizen", "WATCH_NEDERLAND"));

    FigureGroup group = ProgressCount.situations(rows, Optional.empty());

    assertEquals(
        List.of("situations.form", "situations.source"),
        group.tables().stream().map(Distribution::key).toList());
    assertEquals(
        withUnknown(names(ExploitationForm.values())), codes(table(group, "situations.form")));
    assertEquals(
        withUnknown(names(SignalSource.values())), codes(table(group, "situations.source")));
    assertEquals(1, group.total());
  }

  @Test
  void noRowsGiveEveryCodeWithZero() {
    FigureGroup situations = ProgressCount.situations(List.of(), REGION);
    FigureGroup victims = ProgressCount.victims(List.of());
    FigureGroup ads = ProgressCount.advertisements(List.of());

    for (FigureGroup group : List.of(situations, victims, ads)) {
      assertEquals(0, group.total(), group.key());
      group
          .tables()
          .forEach(t -> assertTrue(t.cells().stream().allMatch(c -> c.count() == 0), t.key()));
    }
    assertEquals(
        List.of("Blaricum", "Hilversum", "Huizen", "UNKNOWN"),
        codes(table(situations, "situations.municipality")));
    assertEquals(List.of("V", "M", "X", "ONBEKEND"), codes(table(victims, "victims.gender")));
    assertEquals(names(AgeBand.values()), codes(table(victims, "victims.age")));
    assertEquals(names(NationalityGroup.values()), codes(table(victims, "victims.nationality")));
    assertEquals(
        List.of("RISKY", "NOT_RISKY", "UNCLEAR"), codes(table(ads, "advertisements.verdict")));
    assertEquals(names(AgeBand.values()), codes(table(ads, "advertisements.age")));
  }

  @ParameterizedTest
  @CsvSource({
    "V, V",
    "v, V",
    "F, V",
    "FEMALE, V",
    "female, V",
    "Vrouw, V",
    "' V ', V",
    "M, M",
    "MALE, M",
    "Man, M",
    "X, X",
    "x, X",
    "UNKNOWN, ONBEKEND",
    "Onbekend, ONBEKEND",
    "'', ONBEKEND",
    "anders, ONBEKEND"
  })
  void genderIsNormalisedToTheReportsFourCodes(String stored, String code) {
    assertEquals(code, ProgressCount.gender(stored));
  }

  @Test
  void aMissingGenderIsOnbekend() {
    assertEquals("ONBEKEND", ProgressCount.gender(null));
  }

  @Test
  void victimsByGenderAgeAtTheAmsterdamDayOfOpeningAndNationalityGroup() {
    List<Object[]> rows =
        List.of(
            // born 1 January 2001; opened 31 Dec 2018 23:30 UTC = 1 Jan 2019 00:30 Amsterdam: 18.
            row("FEMALE", "2001-01-01", null, "Bulgaars", "2018-12-31 23:30:00"),
            // only an estimated year (as MariaDB gives a SMALLINT): 1 July 1990, on 1 Aug 2019: 29.
            row("V", null, (short) 1990, "Nederlands", "2019-08-01 10:00:00"),
            // the birth date wins over the estimate: 15 years old.
            row("MALE", "2004-03-01", 1950, "Nigeriaans", "2019-06-01 10:00:00"),
            // an Integer year: 1 July 1979, on 1 July 2019: 40.
            row("X", null, 1979, null, "2019-07-01 08:00:00"),
            row(null, null, null, "  ", "2019-05-01 08:00:00"));

    FigureGroup group = ProgressCount.victims(rows);

    assertEquals("victims", group.key());
    assertEquals(
        cells("V", 2, "M", 1, "X", 1, "ONBEKEND", 1), table(group, "victims.gender").cells());
    assertEquals(
        cells(
            "UNDER_18", 1,
            "AGE_18_20", 1,
            "AGE_21_25", 0,
            "AGE_26_29", 1,
            "AGE_30_39", 0,
            "AGE_40_PLUS", 1,
            "UNKNOWN", 1),
        table(group, "victims.age").cells());
    assertEquals(
        cells("DUTCH", 1, "EU", 1, "NON_EU", 1, "UNKNOWN", 2),
        table(group, "victims.nationality").cells());
    assertEquals(5, group.total());
  }

  @Test
  void advertisementsByVerdictAndAgeBand() {
    List<Object[]> rows =
        List.of(
            row("RISKY", "AGE_18_20"),
            row("RISKY", "AGE_21_25"),
            row("NOT_RISKY", "AGE_21_25"),
            row("UNCLEAR", "UNKNOWN"));

    FigureGroup group = ProgressCount.advertisements(rows);

    assertEquals("advertisements", group.key());
    assertEquals(
        cells("RISKY", 2, "NOT_RISKY", 1, "UNCLEAR", 1),
        table(group, "advertisements.verdict").cells());
    assertEquals(
        cells(
            "UNDER_18", 0,
            "AGE_18_20", 1,
            "AGE_21_25", 2,
            "AGE_26_29", 0,
            "AGE_30_39", 0,
            "AGE_40_PLUS", 0,
            "UNKNOWN", 1),
        table(group, "advertisements.age").cells());
  }

  /** March to December 2019: the period of the evaluation. */
  private static final Period EVALUATION =
      new Period(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 12, 31));

  private static final List<Object[]> CARE =
      List.of(
          row("SHELTER", "2019-02-01", "2019-04-01"), // ended in the period
          row("CATEGORICAL", "2019-03-01", null), // started on the first day, runs
          row("PSYCHOLOGICAL", "2019-05-01", "2019-06-01"), // started and ended
          row("LEGAL", "2018-11-01", "2019-02-28"), // ended the day before the period
          row("MEDICAL", "2019-12-31", null), // started on the last day
          row("PRACTICAL", "2020-01-01", null), // started the day after
          row("PRACTICAL", "2019-01-01", "2019-12-31")); // ended on the last day

  @Test
  void careStartedCountsTheTrajectoriesThatStartedInThePeriod() {
    FigureGroup started = ProgressCount.care(CARE, EVALUATION, true);

    assertEquals("careStarted", started.key());
    assertEquals(1, started.tables().size());
    assertEquals("care.started", started.tables().get(0).key());
    assertEquals(
        cells(
            "SHELTER", 0,
            "CATEGORICAL", 1,
            "PSYCHOLOGICAL", 1,
            "PRACTICAL", 0,
            "LEGAL", 0,
            "MEDICAL", 1),
        started.tables().get(0).cells());
    assertEquals(names(CareKind.values()), codes(started.tables().get(0)));
  }

  @Test
  void careEndedCountsTheTrajectoriesThatEndedInThePeriod() {
    FigureGroup ended = ProgressCount.care(CARE, EVALUATION, false);

    assertEquals("careEnded", ended.key());
    assertEquals("care.ended", ended.tables().get(0).key());
    assertEquals(
        cells(
            "SHELTER", 1,
            "CATEGORICAL", 0,
            "PSYCHOLOGICAL", 1,
            "PRACTICAL", 1,
            "LEGAL", 0,
            "MEDICAL", 0),
        ended.tables().get(0).cells());
  }

  /** Every situation is counted once in every table, under its code or under UNKNOWN. */
  @Property(tries = 500)
  boolean everyTableOfTheSituationsCountsEveryRowOnce(
      @ForAll("situationRows") List<Object[]> rows) {
    FigureGroup group = ProgressCount.situations(rows, REGION);
    List<List<String>> listed =
        List.of(names(ExploitationForm.values()), REGION.get(), names(SignalSource.values()));
    for (int column = 0; column < 3; column++) {
      Distribution t = group.tables().get(column);
      List<String> expected = withUnknown(listed.get(column));
      if (t.total() != rows.size() || !codes(t).equals(expected)) {
        return false;
      }
    }
    return true;
  }

  /** Every victim is counted once in every table, and the tables list the same codes always. */
  @Property(tries = 500)
  boolean everyTableOfTheVictimsCountsEveryRowOnce(@ForAll("victimRows") List<Object[]> rows) {
    FigureGroup group = ProgressCount.victims(rows);
    return group.tables().stream().allMatch(t -> t.total() == rows.size())
        && codes(group.tables().get(0)).equals(List.of("V", "M", "X", "ONBEKEND"))
        && codes(group.tables().get(1)).equals(names(AgeBand.values()))
        && codes(group.tables().get(2)).equals(names(NationalityGroup.values()));
  }

  @Provide
  Arbitrary<List<Object[]>> situationRows() {
    Arbitrary<String> form = Arbitraries.of(names(ExploitationForm.values())).injectNull(0.2);
    Arbitrary<String> place = Arbitraries.of(REGION.get()).injectNull(0.2);
    Arbitrary<String> source = Arbitraries.of(names(SignalSource.values())).injectNull(0.2);
    return Combinators.combine(form, place, source)
        .as((f, p, s) -> new Object[] {f, p, s})
        .list()
        .ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Object[]>> victimRows() {
    Arbitrary<String> gender =
        Arbitraries.of("V", "F", "FEMALE", "vrouw", "M", "MALE", "man", "X", "UNKNOWN", "?")
            .injectNull(0.1);
    Arbitrary<String> birth =
        Arbitraries.integers()
            .between(0, 80 * 365)
            .map(d -> LocalDate.of(1940, 1, 1).plusDays(d).toString())
            .injectNull(0.4);
    Arbitrary<Object> year =
        Arbitraries.oneOf(
                Arbitraries.integers().between(1940, 2020).map(y -> (Object) y),
                Arbitraries.shorts().between((short) 1940, (short) 2020).map(y -> (Object) y))
            .injectNull(0.4);
    Arbitrary<String> nationality =
        Arbitraries.of("Nederlands", "Pools", "Roemeens", "Nigeriaans", "Oekraïens", " ")
            .injectNull(0.2);
    Arbitrary<String> opened =
        Arbitraries.integers()
            .between(0, 3 * 365 * 24 * 60)
            .map(m -> UTC_TEXT.format(LocalDateTime.of(2018, 1, 1, 0, 0).plusMinutes(m)));
    return Combinators.combine(gender, birth, year, nationality, opened)
        .as((g, b, y, n, o) -> new Object[] {g, b, y, n, o})
        .list()
        .ofMaxSize(40);
  }

  /** The codes with UNKNOWN at the end, as the situations' tables list them. */
  private static List<String> withUnknown(List<String> codes) {
    List<String> all = new ArrayList<>(codes);
    all.add(ProgressCount.UNKNOWN);
    return all;
  }
}
